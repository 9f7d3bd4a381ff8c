import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/**
 * The invocation context Lambda passes beside the event, for a function run in this process.
 *
 * @example
 * createLambdaContext('ingest', 'us-east-1', 30_000).getRemainingTimeInMillis() // ≤ 30000
 */
export function createLambdaContext(functionName: string, region: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/[$LATEST]${requestId.replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    // Callback-style completion is not used by async handlers; Lambda still provides these.
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
