import { describe, expect, it } from 'vitest';
import { normalizeSequencer } from '../model/item-keys.ts';
import { decodeS3Key, encodeS3Key, parseQueueMessage } from './s3-event.ts';

const notification = (record: Record<string, unknown>) => JSON.stringify({ Records: [record] });
const s3Record = (eventName: string, object: Record<string, unknown>) => ({
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  eventName,
  eventTime: '2025-06-18T09:30:00.000Z',
  s3: { bucket: { name: 'releases' }, object },
});

describe('decodeS3Key', () => {
  it.each([
    ['incoming/a+b.txt', 'incoming/a b.txt'],
    ['incoming/a%2Bb.txt', 'incoming/a+b.txt'],
    ['incoming/caf%C3%A9.txt', 'incoming/café.txt'],
    ['incoming/%E6%96%B0%E9%97%BB.md', 'incoming/新闻.md'],
    ['incoming/100%25.txt', 'incoming/100%.txt'],
    ['incoming/%E0%A4.txt', undefined],
  ])('%j -> %j', (encoded, key) => {
    expect(decodeS3Key(encoded)).toBe(key);
  });

  it.each([['incoming/a b+c (1).txt'], ['incoming/새 소식/é%.md'], ['incoming/a/b/c.txt']])(
    'inverts encodeS3Key for %j',
    (key) => {
      expect(decodeS3Key(encodeS3Key(key))).toBe(key);
    },
  );
});

describe('parseQueueMessage', () => {
  it('reads created and removed object events, decoding keys and normalizing sequencers', () => {
    const body = JSON.stringify({
      Records: [
        s3Record('ObjectCreated:Put', {
          key: 'incoming/a+1.txt',
          size: 10,
          sequencer: '0A',
          versionId: 'v2',
        }),
        s3Record('ObjectRemoved:DeleteMarkerCreated', { key: 'incoming/b.txt', sequencer: '0B' }),
      ],
    });
    expect(parseQueueMessage(body)).toEqual({
      kind: 'events',
      events: [
        {
          change: 'created',
          eventName: 'ObjectCreated:Put',
          bucket: 'releases',
          key: 'incoming/a 1.txt',
          versionId: 'v2',
          sequencer: normalizeSequencer('0A'),
          size: 10,
          eventTime: '2025-06-18T09:30:00.000Z',
        },
        {
          change: 'removed',
          eventName: 'ObjectRemoved:DeleteMarkerCreated',
          bucket: 'releases',
          key: 'incoming/b.txt',
          versionId: null,
          sequencer: normalizeSequencer('0B'),
          size: null,
          eventTime: '2025-06-18T09:30:00.000Z',
        },
      ],
    });
  });

  it('recognizes the S3 test event', () => {
    expect(parseQueueMessage(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))).toEqual({
      kind: 'test-event',
    });
  });

  it('skips event types Pressline does not act on', () => {
    const body = notification(s3Record('ObjectTagging:Put', { key: 'incoming/a.txt' }));
    expect(parseQueueMessage(body)).toEqual({ kind: 'events', events: [] });
  });

  it.each([
    ['not JSON', '{"Records": ['],
    ['not an S3 notification', JSON.stringify({ hello: 'world' })],
    [
      'a record from another service',
      notification({ ...s3Record('ObjectCreated:Put', { key: 'a' }), eventSource: 'aws:sns' }),
    ],
    [
      'a malformed escape',
      notification(s3Record('ObjectCreated:Put', { key: 'incoming/%E0%A4.txt', sequencer: '1' })),
    ],
    [
      'a sequencer that is not hex',
      notification(s3Record('ObjectCreated:Put', { key: 'a.txt', sequencer: 'xyz' })),
    ],
  ])('calls %s invalid', (_, body) => {
    expect(parseQueueMessage(body).kind).toBe('invalid');
  });
});
