import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseQueries } from '../lambdas/adapters/release-queries.ts';
import { createReleaseQueries } from '../lambdas/adapters/release-queries.ts';
import { extract } from '../lambdas/core/index.ts';
import { loadFixture, objectMessage, sqsEvent } from './support/events.ts';
import { readPartition } from './support/release-items.ts';
import { startTestPipeline, type TestPipeline } from './support/test-pipeline.ts';

/** Small, so that the size limit is cheap to cross. */
const MAX_BYTES = 4096;

const RELEASE_V1 = `March 3, 2025

LISBON -- The Atlantic Rail Alliance (ARA) opened a new freight terminal on Monday. More than 1,200 guests attended the ceremony.

"This terminal doubles our capacity," said Helena Duarte, director of the alliance.

"We expect the first trains in April," Duarte added.`;

const RELEASE_V2 = `March 4, 2025

OSLO -- The Nordic Ferry Union announced a timetable change on Tuesday.

"Crossings will run every hour," said Lars Ekberg, spokesperson of the union.`;

let pipeline: TestPipeline;
let handler: (event: SQSEvent) => Promise<SQSBatchResponse>;
let queries: ReleaseQueries;

beforeAll(async () => {
  pipeline = await startTestPipeline({ PRESSLINE_MAX_BYTES: String(MAX_BYTES) });
  // Imported after the environment is set: the handler reads its configuration at cold start.
  ({ handler } = await import('../lambdas/handlers/ingest.ts'));
  queries = createReleaseQueries(pipeline.documents, pipeline.table);
});

afterAll(async () => {
  await pipeline?.stop();
});

const created = (encodedKey: string, sequencer: string, extra: { size?: number } = {}) =>
  objectMessage({ eventName: 'ObjectCreated:Put', encodedKey, sequencer, ...extra });
const removed = (encodedKey: string, sequencer: string, eventName = 'ObjectRemoved:Delete') =>
  objectMessage({ eventName, encodedKey, sequencer });

async function ingestedRecord(id: string) {
  const lookup = await queries.getRelease(id);
  if (lookup?.status !== 'ingested') throw new Error(`${id} is not ingested: ${JSON.stringify(lookup)}`);
  return lookup.release;
}

describe('ingest handler: created objects', () => {
  it('extracts and stores the record of a dropped release, with its provenance', async () => {
    const key = 'incoming/ara-terminal.txt';
    await pipeline.putObject(key, RELEASE_V1);
    const response = await handler(sqsEvent(created(key, '00A1')));
    expect(response.batchItemFailures).toEqual([]);
    const release = await ingestedRecord(key);
    const expected = extract(RELEASE_V1, { source: `s3://${pipeline.bucket}/${key}` });
    expect(release.record).toEqual({ ...expected, source: `s3://${pipeline.bucket}/${key}` });
    expect(release.record.publishedDate).toBe('2025-03-03');
    expect(release.record.quotes.length).toBeGreaterThan(0);
    expect(release).toMatchObject({ bucket: pipeline.bucket, key, versionId: null });
    expect(release.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(release.extractorVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [
      'spaces as +, escapes and Unicode',
      'incoming/2025/caf%C3%A9+launch+%28final%29.txt',
      'incoming/2025/café launch (final).txt',
    ],
    ['a literal plus sign', 'incoming/one%2Bone.txt', 'incoming/one+one.txt'],
    ['CJK characters', 'incoming/%E6%96%B0%E9%97%BB.md', 'incoming/新闻.md'],
  ])('decodes keys as S3 encodes them in events: %s', async (_, encodedKey, key) => {
    await pipeline.putObject(key, RELEASE_V2);
    const response = await handler(sqsEvent(created(encodedKey, '00B1')));
    expect(response.batchItemFailures).toEqual([]);
    expect((await ingestedRecord(key)).key).toBe(key);
  });

  it('turns HTML into text and reads UTF-16 with a BOM', async () => {
    await pipeline.putObject(
      'incoming/page.html',
      '<html><body><p>March 4, 2025</p><p>OSLO -- The <b>Nordic Ferry Union</b> met.</p></body></html>',
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RELEASE_V2, 'utf16le')]);
    await pipeline.putObject('incoming/utf16.txt', utf16);
    const response = await handler(
      sqsEvent(created('incoming/page.html', '00C1'), created('incoming/utf16.txt', '00C1')),
    );
    expect(response.batchItemFailures).toEqual([]);
    const page = await ingestedRecord('incoming/page.html');
    expect(page.record.publishedDate).toBe('2025-03-04');
    expect(JSON.stringify(page.record)).not.toContain('<');
    expect((await ingestedRecord('incoming/utf16.txt')).record.publishedDate).toBe('2025-03-04');
  });

  it('reads an object in the charset its Content-Type declares', async () => {
    const key = 'incoming/windows-1252.txt';
    // RELEASE_V2 with a curly-quoted, accented sentence, in Windows-1252 bytes written out by hand.
    const ascii = Buffer.from(`${RELEASE_V2}\n\n`, 'ascii');
    const sentence = [
      0x93,
      ...Buffer.from('Caf', 'ascii'),
      0xe9,
      0x20,
      ...Buffer.from('opens,', 'ascii'),
      0x94,
    ];
    const said = Buffer.from(' said Lars Ekberg.', 'ascii');
    await pipeline.putObject(
      key,
      Buffer.concat([ascii, Buffer.from(sentence), said]),
      'text/plain; charset=windows-1252',
    );
    const response = await handler(sqsEvent(created(key, '00C2')));
    expect(response.batchItemFailures).toEqual([]);
    const quotes = (await ingestedRecord(key)).record.quotes.map((quote) => quote.text);
    expect(quotes).toContain('Caf\u00e9 opens');
  });

  it.each([
    ['empty', 'incoming/empty.txt', new Uint8Array()],
    ['binary', 'incoming/logo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['invalid-encoding', 'incoming/latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])],
    ['too-large', 'incoming/huge.txt', new TextEncoder().encode('word '.repeat(MAX_BYTES))],
    ['unsupported-type', 'incoming/report.pdf', new TextEncoder().encode('%PDF-1.7 not a release')],
  ])('accounts for a %s object with a rejected status naming the reason', async (code, key, bytes) => {
    await pipeline.putObject(key, bytes);
    const response = await handler(sqsEvent(created(key, '00D1')));
    expect(response.batchItemFailures).toEqual([]);
    const lookup = await queries.getRelease(key);
    expect(lookup).toMatchObject({ status: 'rejected', id: key, error: { code } });
    expect(lookup?.status === 'rejected' && lookup.error.message.length).toBeGreaterThan(0);
  });

  it('rejects an object the event announces as too large without reading it', async () => {
    const key = 'incoming/announced-huge.txt';
    await pipeline.putObject(key, RELEASE_V2);
    // The object itself is small: only the size the event states can explain the rejection.
    await handler(sqsEvent(created(key, '00D2', { size: MAX_BYTES + 1 })));
    expect(await queries.getRelease(key)).toMatchObject({ status: 'rejected', error: { code: 'too-large' } });
  });

  it('ignores the s3:TestEvent S3 sends when notifications are configured', async () => {
    const response = await handler(loadFixture<SQSEvent>('sqs-s3-test-event'));
    expect(response.batchItemFailures).toEqual([]);
  });

  it('ends cleanly when the object was deleted before its event was processed', async () => {
    const key = 'incoming/gone-before-processing.txt';
    const response = await handler(sqsEvent(created(key, '00E1')));
    expect(response.batchItemFailures).toEqual([]);
    expect(await queries.getRelease(key)).toBeUndefined();
    expect(await readPartition(pipeline.documents, pipeline.table, key)).toEqual([]);
  });
});

describe('ingest handler: idempotence and order', () => {
  it('leaves one record when the same event arrives twice', async () => {
    const key = 'incoming/twice.txt';
    await pipeline.putObject(key, RELEASE_V1);
    const message = created(key, '01A0');
    await handler(sqsEvent(message));
    const first = await readPartition(pipeline.documents, pipeline.table, key);
    const second = await handler(sqsEvent({ ...message, messageId: 'redelivered' }));
    expect(second.batchItemFailures).toEqual([]);
    const after = await readPartition(pipeline.documents, pipeline.table, key);
    expect(after).toEqual(first);
  });

  it('replaces the whole record when the object changes, leaving no stale quote or index item', async () => {
    const key = 'incoming/changing.txt';
    await pipeline.putObject(key, RELEASE_V1);
    await handler(sqsEvent(created(key, '02A0')));
    const before = await ingestedRecord(key);
    const firstName = before.record.organizations[0]?.name ?? '';
    expect((await queries.listByOrganization(firstName, {}, {})).items.map((entry) => entry.id)).toContain(
      key,
    );
    await pipeline.putObject(key, RELEASE_V2);
    await handler(sqsEvent(created(key, '02B0')));
    const after = await ingestedRecord(key);
    expect(after.record).toEqual({ ...extract(RELEASE_V2), source: `s3://${pipeline.bucket}/${key}` });
    expect(after.sha256).not.toBe(before.sha256);
    const items = await readPartition(pipeline.documents, pipeline.table, key);
    const document = items.find((item) => item.sk === 'DOC');
    // Every item of the release (quotes, parts, lookup entries) belongs to the visible generation.
    expect(items.filter((item) => item.generation !== document?.generation)).toEqual([]);
    // The names only the first version mentions no longer find the release.
    const gone = before.record.organizations
      .map((organization) => organization.name)
      .filter((name) => !after.record.organizations.some((organization) => organization.name === name));
    expect(gone.length).toBeGreaterThan(0);
    for (const name of gone) {
      const page = await queries.listByOrganization(name, {}, {});
      expect(page.items.map((entry) => entry.id)).not.toContain(key);
    }
  });

  it('never lets an older event overwrite the record of a newer one', async () => {
    const key = 'incoming/out-of-order.txt';
    await pipeline.putObject(key, RELEASE_V2);
    await handler(sqsEvent(created(key, '03B0')));
    const newer = await readPartition(pipeline.documents, pipeline.table, key);
    // The event of an earlier upload arrives late (S3 does not promise order); shorter sequencers
    // are compared after left-padding, so '3A0' is older than '03B0'.
    const response = await handler(sqsEvent(created(key, '3A0')));
    expect(response.batchItemFailures).toEqual([]);
    expect(await readPartition(pipeline.documents, pipeline.table, key)).toEqual(newer);
  });

  it('deletes the record and all its items, and a late older create does not bring it back', async () => {
    const key = 'incoming/deleted.txt';
    await pipeline.putObject(key, RELEASE_V1);
    await handler(sqsEvent(created(key, '04A0')));
    expect((await readPartition(pipeline.documents, pipeline.table, key)).length).toBeGreaterThan(3);
    const response = await handler(sqsEvent(removed(key, '04C0')));
    expect(response.batchItemFailures).toEqual([]);
    expect(await queries.getRelease(key)).toBeUndefined();
    const left = await readPartition(pipeline.documents, pipeline.table, key);
    expect(left.map((item) => [item.sk, item.status])).toEqual([['DOC', 'deleted']]);
    await handler(sqsEvent(created(key, '04B0')));
    expect(await queries.getRelease(key)).toBeUndefined();
    // A later upload of the same key is a new release again.
    await handler(sqsEvent(created(key, '04D0')));
    expect((await queries.getRelease(key))?.status).toBe('ingested');
  });

  it('keeps the record when another version of the object is deleted for good', async () => {
    const key = 'incoming/versioned.txt';
    await pipeline.putObject(key, RELEASE_V2);
    const version = (versionId: string, eventName: string, sequencer: string) =>
      objectMessage({ eventName, encodedKey: key, sequencer, versionId });
    await handler(sqsEvent(version('v2', 'ObjectCreated:Put', '07B0')));
    expect((await ingestedRecord(key)).versionId).toBe('v2');
    // Deleting the older version v1 (a versioned bucket's permanent delete) leaves v2 current.
    await handler(sqsEvent(version('v1', 'ObjectRemoved:Delete', '07C0')));
    expect((await queries.getRelease(key))?.status).toBe('ingested');
    // Deleting v2 itself removes the record.
    await handler(sqsEvent(version('v2', 'ObjectRemoved:Delete', '07D0')));
    expect(await queries.getRelease(key)).toBeUndefined();
  });

  it('ignores a delete older than the record it would remove', async () => {
    const key = 'incoming/late-delete.txt';
    await pipeline.putObject(key, RELEASE_V2);
    await handler(sqsEvent(created(key, '05B0')));
    await handler(sqsEvent(removed(key, '05A0', 'ObjectRemoved:DeleteMarkerCreated')));
    expect((await queries.getRelease(key))?.status).toBe('ingested');
  });
});

describe('ingest handler: the recorded AWS events', () => {
  it('ingests on the stored ObjectCreated fixture and deletes on the ObjectRemoved one', async () => {
    const key = 'incoming/2025/café launch (final).txt';
    await pipeline.putObject(key, RELEASE_V1);
    expect((await handler(loadFixture<SQSEvent>('sqs-s3-object-created'))).batchItemFailures).toEqual([]);
    expect((await ingestedRecord(key)).record.publishedDate).toBe('2025-03-03');
    expect((await handler(loadFixture<SQSEvent>('sqs-s3-object-removed'))).batchItemFailures).toEqual([]);
    expect(await queries.getRelease(key)).toBeUndefined();
  });
});

describe('ingest handler: failures', () => {
  it('reports only the bad message of a batch as failed, and processes the rest', async () => {
    const key = 'incoming/good-neighbour.txt';
    await pipeline.putObject(key, RELEASE_V2);
    const good = created(key, '06A0');
    const notJson = { ...good, messageId: 'not-json', body: '{"Records": [' };
    const badKey = objectMessage({
      eventName: 'ObjectCreated:Put',
      encodedKey: 'incoming/%E0%A4.txt',
      sequencer: '1',
    });
    const response = await handler(sqsEvent(notJson, good, { ...badKey, messageId: 'bad-escape' }));
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: 'not-json' },
      { itemIdentifier: 'bad-escape' },
    ]);
    expect((await queries.getRelease(key))?.status).toBe('ingested');
  });
});
