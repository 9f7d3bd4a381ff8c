import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';

/** Ingest function: an SQS batch of S3 event notifications in, the messages to retry out. */
export async function handler(_event: SQSEvent): Promise<SQSBatchResponse> {
  // Placeholder entry point so the CDK app can bundle it; the real pipeline lands next.
  return { batchItemFailures: [] };
}
