import type { S3Event, S3EventRecord } from 'aws-lambda';

/** One object change as S3 reports it in a notification. */
export type ObjectEvent =
  | {
      readonly kind: 'created';
      readonly bucket: string;
      readonly key: string;
      readonly size: number;
      readonly eTag: string;
      readonly versionId?: string;
      readonly sequencer: string;
      readonly time: Date;
    }
  | {
      readonly kind: 'deleted';
      readonly bucket: string;
      readonly key: string;
      readonly versionId?: string;
      readonly sequencer: string;
      readonly time: Date;
    };

const LOCAL_PRINCIPAL = 'AWS:PRESSLINELOCAL';

/**
 * The S3 event notification AWS sends for an object change (eventVersion 2.1), as one message body.
 *
 * @example
 * buildS3Event({ kind: 'deleted', bucket: 'b', key: 'incoming/a b.txt', sequencer: '0A', time }, 'us-east-1')
 *   .Records[0].s3.object.key // 'incoming/a+b.txt'
 */
export function buildS3Event(event: ObjectEvent, region: string): S3Event {
  const object: S3EventRecord['s3']['object'] = {
    key: encodeS3EventKey(event.key),
    size: event.kind === 'created' ? event.size : 0,
    eTag: event.kind === 'created' ? event.eTag : '',
    sequencer: event.sequencer,
  };
  // S3 sends no size or eTag for deletions; `aws-lambda`'s type requires them, the JSON drops them.
  const s3Object =
    event.kind === 'created'
      ? object
      : ({ key: object.key, sequencer: object.sequencer } as S3EventRecord['s3']['object']);
  if (event.versionId !== undefined) s3Object.versionId = event.versionId;
  const record: S3EventRecord = {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: region,
    eventTime: event.time.toISOString(),
    eventName: event.kind === 'created' ? 'ObjectCreated:Put' : 'ObjectRemoved:Delete',
    userIdentity: { principalId: LOCAL_PRINCIPAL },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: {
      'x-amz-request-id': event.sequencer,
      'x-amz-id-2': `pressline-local/${event.sequencer}`,
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'pressline-incoming',
      bucket: {
        name: event.bucket,
        ownerIdentity: { principalId: LOCAL_PRINCIPAL },
        arn: `arn:aws:s3:::${event.bucket}`,
      },
      object: s3Object,
    },
  };
  return { Records: [record] };
}

// Characters S3 leaves as they are in event keys; `/` separates "folders" and stays readable.
const UNRESERVED = /[A-Za-z0-9\-_.*/]/;

/**
 * Encodes an object key as S3 writes it into event notifications: form-URL-encoding, so a space
 * becomes `+`, a literal `+` becomes `%2B`, and other characters their UTF-8 bytes as `%XX`.
 *
 * @example
 * encodeS3EventKey('incoming/Café (1)+.txt') // 'incoming/Caf%C3%A9+%281%29%2B.txt'
 */
export function encodeS3EventKey(key: string): string {
  let encoded = '';
  for (const character of key) {
    if (character === ' ') encoded += '+';
    else if (UNRESERVED.test(character)) encoded += character;
    else {
      for (const byte of Buffer.from(character, 'utf8')) {
        encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      }
    }
  }
  return encoded;
}

/**
 * Issues S3-style `sequencer` values: hexadecimal strings of one length that increase with every
 * change, so comparing two events of a key tells which change came later. Seeded from the clock so
 * values keep increasing across restarts of a persistent local stack.
 */
export class Sequencer {
  readonly #now: () => number;
  #last = 0n;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /**
   * The next sequencer, greater than every one issued before.
   *
   * @example
   * const sequencer = new Sequencer();
   * sequencer.next() < sequencer.next() // true
   */
  next(): string {
    // Milliseconds shifted left leave room for 4096 changes per millisecond before borrowing from the next.
    const fromClock = BigInt(this.#now()) << 12n;
    this.#last = fromClock > this.#last ? fromClock : this.#last + 1n;
    return this.#last.toString(16).toUpperCase().padStart(16, '0');
  }
}
