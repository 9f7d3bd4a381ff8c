/** DynamoDB refused a write after every retry (throttling that outlasted the backoff, or an error). */
export class DynamoWriteError extends Error {
  override readonly name = 'DynamoWriteError';
}
