import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';

/** Query function behind a Function URL: a query in the URL's parameters, JSON records out. */
export async function handler(event: LambdaFunctionURLEvent): Promise<LambdaFunctionURLResult> {
  // Placeholder entry point so the CDK app can bundle it; the real queries land next.
  return {
    statusCode: 501,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ error: 'not implemented', path: event.rawPath }),
  };
}
