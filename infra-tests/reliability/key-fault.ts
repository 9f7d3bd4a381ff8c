import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { SqsHandler } from '../../local/queue-poller.ts';

/** The object keys an SQS record's S3 event names, as S3 writes them (form-encoded). */
export function encodedKeysOf(record: SQSRecord): string[] {
  try {
    const event = JSON.parse(record.body) as { Records?: { s3?: { object?: { key?: string } } }[] };
    return (event.Records ?? []).map((entry) => entry.s3?.object?.key ?? '');
  } catch {
    // Not JSON: not an S3 event, so it names no key (the real handler reports it).
    return [];
  }
}

/**
 * Wraps an ingest handler with a fault that fails every delivery of the messages naming `poisonKey`
 * (as a function that throws on one object does), and hands the other messages to the real handler.
 * The fault never heals: only the queue's receive limit can end it.
 */
export function failingForKey(poisonKey: string, real: () => SqsHandler): SqsHandler {
  return async (event, context) => {
    const isPoison = (record: SQSRecord) => encodedKeysOf(record).includes(poisonKey);
    const rest: SQSEvent = { Records: event.Records.filter((record) => !isPoison(record)) };
    const response = rest.Records.length === 0 ? undefined : await real()(rest, context);
    return {
      batchItemFailures: [
        ...(response?.batchItemFailures ?? []),
        ...event.Records.filter(isPoison).map((record) => ({ itemIdentifier: record.messageId })),
      ],
    };
  };
}
