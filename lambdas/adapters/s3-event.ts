import * as z from 'zod';
import { LOWEST_SEQUENCER, normalizeSequencer } from '../model/item-keys.ts';

/** One object change an S3 event notification reports, with the key decoded. */
export interface ObjectEvent {
  readonly change: 'created' | 'removed';
  readonly eventName: string;
  readonly bucket: string;
  readonly key: string;
  readonly versionId: string | null;
  /** Normalized: fixed width, so that string order is event order. */
  readonly sequencer: string;
  readonly size: number | null;
  /** ISO 8601 time S3 finished the request. */
  readonly eventTime: string;
}

/** What an SQS message body holds: S3 object events, a test event, or something that is not an S3 event. */
export type QueueMessage =
  | { readonly kind: 'events'; readonly events: readonly ObjectEvent[] }
  | { readonly kind: 'test-event' }
  | { readonly kind: 'invalid'; readonly reason: string };

const S3EventRecord = z.object({
  eventSource: z.literal('aws:s3'),
  eventName: z.string().min(1),
  eventTime: z.iso.datetime({ offset: true }),
  s3: z.object({
    bucket: z.object({ name: z.string().min(1) }),
    object: z.object({
      key: z.string().min(1),
      size: z.number().int().nonnegative().optional(),
      versionId: z.string().nullish(),
      sequencer: z.string().optional(),
    }),
  }),
});

const S3Notification = z.object({ Records: z.array(z.unknown()) });
const S3TestEvent = z.object({ Event: z.literal('s3:TestEvent') });

/**
 * Decodes an object key as S3 writes it in event notifications: form-encoded, so `+` is a space and
 * other bytes are percent-escaped UTF-8. Undefined when the escapes are not valid UTF-8.
 *
 * @example
 * decodeS3Key('incoming/caf%C3%A9+news.txt') // 'incoming/café news.txt'
 */
export function decodeS3Key(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded.replace(/\+/g, ' '));
  } catch {
    // decodeURIComponent signals a malformed escape only by throwing (URIError): an expected value here.
    return undefined;
  }
}

/**
 * Encodes an object key the way S3 does in event notifications (the inverse of `decodeS3Key`).
 *
 * @example
 * encodeS3Key('incoming/café news.txt') // 'incoming/caf%C3%A9+news.txt'
 */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

/**
 * Reads the body of an SQS message the bucket's notification sent: S3 object events (keys decoded,
 * sequencers normalized), the test event S3 sends when notifications are configured, or invalid.
 *
 * @example
 * parseQueueMessage('{"Service":"Amazon S3","Event":"s3:TestEvent"}') // { kind: 'test-event' }
 */
export function parseQueueMessage(body: string): QueueMessage {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // JSON.parse reports malformed input only by throwing: an expected condition for a queue message.
    return { kind: 'invalid', reason: 'the message body is not JSON' };
  }
  if (S3TestEvent.safeParse(json).success) return { kind: 'test-event' };
  const notification = S3Notification.safeParse(json);
  if (!notification.success)
    return { kind: 'invalid', reason: 'the message is not an S3 event notification' };
  const events: ObjectEvent[] = [];
  for (const [index, raw] of notification.data.Records.entries()) {
    const parsed = toObjectEvent(raw);
    if (typeof parsed === 'string') return { kind: 'invalid', reason: `record ${index}: ${parsed}` };
    if (parsed !== undefined) events.push(parsed);
  }
  return { kind: 'events', events };
}

/** An object event, undefined for an event type Pressline does not act on, or why the record is invalid. */
function toObjectEvent(raw: unknown): ObjectEvent | undefined | string {
  const record = S3EventRecord.safeParse(raw);
  if (!record.success) return `not an S3 event record (${record.error.issues[0]?.message ?? 'invalid'})`;
  const { eventName, eventTime, s3 } = record.data;
  const change = eventName.startsWith('ObjectCreated:')
    ? 'created'
    : eventName.startsWith('ObjectRemoved:')
      ? 'removed'
      : undefined;
  if (change === undefined) return undefined;
  const key = decodeS3Key(s3.object.key);
  if (key === undefined) return `the key "${s3.object.key}" has invalid percent-escapes`;
  const sequencer =
    s3.object.sequencer === undefined ? LOWEST_SEQUENCER : normalizeSequencer(s3.object.sequencer);
  if (sequencer === undefined) return `the sequencer "${s3.object.sequencer}" is not hexadecimal`;
  return {
    change,
    eventName,
    bucket: s3.bucket.name,
    key,
    versionId: s3.object.versionId ?? null,
    sequencer,
    size: s3.object.size ?? null,
    eventTime: new Date(eventTime).toISOString(),
  };
}
