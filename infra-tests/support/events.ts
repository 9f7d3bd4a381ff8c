import { readFileSync } from 'node:fs';
import type { LambdaFunctionURLEvent, SQSEvent, SQSRecord } from 'aws-lambda';

/** Reads an AWS-shaped event fixture from `samples/events/`. */
export function loadFixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../samples/events/${name}.json`, import.meta.url), 'utf8')) as T;
}

export interface ObjectEventOptions {
  readonly eventName: string;
  /** As S3 writes it in events: form-encoded. */
  readonly encodedKey: string;
  readonly sequencer: string;
  readonly bucket?: string;
  readonly size?: number;
  readonly versionId?: string;
  readonly eventTime?: string;
}

let messageCounter = 0;

/**
 * One SQS message holding one S3 event notification, made from the fixture so that every field AWS
 * sends is there; only the object and the event type vary.
 */
export function objectMessage(options: ObjectEventOptions): SQSRecord {
  const fixture = loadFixture<SQSEvent>('sqs-s3-object-created');
  const message = fixture.Records[0] as SQSRecord;
  const notification = JSON.parse(message.body) as { Records: Record<string, unknown>[] };
  const record = notification.Records[0] as {
    eventName: string;
    eventTime: string;
    s3: { bucket: { name: string }; object: Record<string, unknown> };
  };
  record.eventName = options.eventName;
  if (options.eventTime !== undefined) record.eventTime = options.eventTime;
  if (options.bucket !== undefined) record.s3.bucket.name = options.bucket;
  record.s3.object = {
    key: options.encodedKey,
    sequencer: options.sequencer,
    ...(options.size === undefined ? {} : { size: options.size }),
    ...(options.versionId === undefined ? {} : { versionId: options.versionId }),
  };
  messageCounter++;
  return { ...message, messageId: `message-${messageCounter}`, body: JSON.stringify(notification) };
}

export function sqsEvent(...records: SQSRecord[]): SQSEvent {
  return { Records: records };
}

/** A Function URL request with these query parameters, made from the fixture. */
export function urlRequest(parameters: Record<string, string>): LambdaFunctionURLEvent {
  const fixture = loadFixture<LambdaFunctionURLEvent>('function-url-query');
  return {
    ...fixture,
    rawQueryString: new URLSearchParams(parameters).toString(),
    queryStringParameters: parameters,
  };
}
