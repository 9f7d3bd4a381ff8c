import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2, Context, LambdaFunctionURLEvent } from 'aws-lambda';
import { boundLoggedStrings } from '../adapters/log-excerpt.ts';
import { parseQueryRequest } from '../adapters/query-request.ts';
import { createReleaseQueries } from '../adapters/release-queries.ts';
import { runQuery } from '../adapters/run-query.ts';
import { readConfig } from '../config.ts';

/** A Function URL response (the structured form). */
type UrlResponse = APIGatewayProxyStructuredResultV2;

// Read once per container: a bad configuration fails the cold start, loudly.
const config = readConfig();
// Error messages may echo what a caller sent: every logged string is bounded.
const logger = new Logger({ jsonReplacerFn: boundLoggedStrings });
const queries = createReleaseQueries(DynamoDBDocumentClient.from(new DynamoDBClient({})), config.tableName);

/**
 * Query function behind a Function URL (IAM-authenticated): `GET ?org=…&from=…` and the other
 * parameters of `parseQueryRequest` in, JSON out (400 for a bad query, 404 for an unknown id).
 */
export async function handler(event: LambdaFunctionURLEvent, context?: Context): Promise<UrlResponse> {
  if (context) logger.addContext(context);
  if (event.requestContext.http.method !== 'GET') return json(405, { error: 'only GET is served' });
  const request = parseQueryRequest(event.queryStringParameters ?? {});
  if (!request.ok) return json(400, { error: request.message });
  try {
    const answer = await runQuery(queries, request.query);
    logger.info('query served', { query: request.query.kind });
    if (answer.kind === 'page') return json(200, answer.page);
    if (answer.release === undefined) return json(404, { error: 'no release with this id' });
    return json(200, answer.release);
  } catch (error) {
    // Logged with its cause for the operator; the caller gets no internals.
    logger.error('query failed', { error, query: request.query.kind });
    return json(500, { error: 'the query failed' });
  }
}

function json(statusCode: number, body: unknown): UrlResponse {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
