import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchItemFailure, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createReleaseStore } from '../adapters/dynamo-store.ts';
import { type IngestDependencies, ingestObjectEvent } from '../adapters/ingest-object.ts';
import { reportOutcome } from '../adapters/ingest-observability.ts';
import { boundLoggedStrings } from '../adapters/log-excerpt.ts';
import { parseQueueMessage } from '../adapters/s3-event.ts';
import { readConfig } from '../config.ts';
import { EXTRACTOR_VERSION, extract } from '../core/index.ts';

// Read once per container: a bad configuration fails the cold start, loudly.
const config = readConfig();
// Keys and error messages may carry what an uploader wrote: every logged string is bounded.
const logger = new Logger({ jsonReplacerFn: boundLoggedStrings });
const metrics = new Metrics();
const dependencies: IngestDependencies = {
  s3: new S3Client({}),
  store: createReleaseStore(
    DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
    config.tableName,
  ),
  maxBytes: config.maxBytes,
  extractorVersion: EXTRACTOR_VERSION,
  extract,
  now: () => new Date(),
  recordedMonths: new Set(),
};

/** Ingest function: an SQS batch of S3 event notifications in, the messages to retry out. */
export async function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  if (context) logger.addContext(context);
  const batchItemFailures: SQSBatchItemFailure[] = [];
  for (const message of event.Records) {
    logger.appendKeys({ messageId: message.messageId });
    const parsed = parseQueueMessage(message.body);
    try {
      if (parsed.kind === 'invalid') throw new Error(parsed.reason);
      if (parsed.kind === 'test-event') logger.info('S3 test event ignored');
      else {
        for (const objectEvent of parsed.kind === 'events' ? parsed.events : []) {
          logger.appendKeys({ key: objectEvent.key });
          reportOutcome(logger, metrics, await ingestObjectEvent(objectEvent, dependencies));
        }
      }
    } catch (error) {
      // Only this message goes back to the queue; after the queue's receive limit, to the DLQ.
      logger.error('message failed; it will be retried', { error });
      batchItemFailures.push({ itemIdentifier: message.messageId });
    } finally {
      logger.removeKeys(['messageId', 'key']);
    }
  }
  metrics.publishStoredMetrics();
  return { batchItemFailures };
}
