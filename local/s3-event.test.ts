import { describe, expect, it } from 'vitest';
import { buildS3Event, encodeS3EventKey, Sequencer } from './s3-event.ts';

describe('encodeS3EventKey', () => {
  // Expected values written by hand from S3's form-URL-encoding of event keys.
  it.each([
    ['incoming/plain-name_1.txt', 'incoming/plain-name_1.txt'],
    ['incoming/two words.txt', 'incoming/two+words.txt'],
    ['incoming/a+b.txt', 'incoming/a%2Bb.txt'],
    ['incoming/100% (final).md', 'incoming/100%25+%28final%29.md'],
    ['incoming/é.txt', 'incoming/%C3%A9.txt'],
    ['incoming/東京.html', 'incoming/%E6%9D%B1%E4%BA%AC.html'],
    ['incoming/q?x=1&y=2#z', 'incoming/q%3Fx%3D1%26y%3D2%23z'],
  ])('%s -> %s', (key, encoded) => {
    expect(encodeS3EventKey(key)).toBe(encoded);
  });

  it('round-trips through the decoding S3 consumers apply', () => {
    const key = 'incoming/Ünïcode + spaces (2) 100%.txt';
    expect(decodeURIComponent(encodeS3EventKey(key).replaceAll('+', ' '))).toBe(key);
  });
});

describe('Sequencer', () => {
  it('issues strictly increasing values of one length, even within one millisecond', () => {
    const sequencer = new Sequencer(() => 1_700_000_000_000);
    const values = Array.from({ length: 5_000 }, () => sequencer.next());
    expect(new Set(values.map((value) => value.length))).toEqual(new Set([16]));
    expect([...values].sort()).toEqual(values);
    expect(new Set(values).size).toBe(values.length);
  });

  it('keeps increasing when the clock goes back', () => {
    let now = 2_000;
    const sequencer = new Sequencer(() => now);
    const first = sequencer.next();
    now = 1_000;
    expect(sequencer.next() > first).toBe(true);
  });
});

describe('buildS3Event', () => {
  const time = new Date('2026-01-02T03:04:05.678Z');

  it('describes a created object as S3 does (eventVersion 2.1)', () => {
    const event = buildS3Event(
      {
        kind: 'created',
        bucket: 'releases',
        key: 'incoming/a b.txt',
        size: 42,
        eTag: 'abc',
        sequencer: '00A1',
        time,
      },
      'eu-west-1',
    );
    expect(event.Records).toHaveLength(1);
    expect(event.Records[0]).toMatchObject({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'eu-west-1',
      eventTime: '2026-01-02T03:04:05.678Z',
      eventName: 'ObjectCreated:Put',
      s3: {
        s3SchemaVersion: '1.0',
        bucket: { name: 'releases', arn: 'arn:aws:s3:::releases' },
        object: { key: 'incoming/a+b.txt', size: 42, eTag: 'abc', sequencer: '00A1' },
      },
    });
    expect(event.Records[0]?.s3.object).not.toHaveProperty('versionId');
  });

  it('describes a deletion without size or eTag, with the version id when there is one', () => {
    const event = buildS3Event(
      {
        kind: 'deleted',
        bucket: 'releases',
        key: 'incoming/x.txt',
        versionId: 'v2',
        sequencer: '00B2',
        time,
      },
      'us-east-1',
    );
    expect(event.Records[0]?.eventName).toBe('ObjectRemoved:Delete');
    expect(event.Records[0]?.s3.object).toEqual({
      key: 'incoming/x.txt',
      sequencer: '00B2',
      versionId: 'v2',
    });
  });
});
