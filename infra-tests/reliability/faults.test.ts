import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY } from '../../lambdas/adapters/batch-write.ts';
import { createReleaseStore, type ReleaseStore } from '../../lambdas/adapters/dynamo-store.ts';
import { type IngestDependencies, ingestObjectEvent } from '../../lambdas/adapters/ingest-object.ts';
import { createReleaseQueries, type ReleaseQueries } from '../../lambdas/adapters/release-queries.ts';
import type { ObjectEvent } from '../../lambdas/adapters/s3-event.ts';
import type { ExtractOptions } from '../../lambdas/core/index.ts';
import { DOCUMENT_SK, normalizeSequencer } from '../../lambdas/model/item-keys.ts';
import type { PressRecord } from '../../lambdas/model/press-record.ts';
import { toReleaseItems } from '../../lambdas/model/release-items.ts';
import { readPartition } from '../support/release-items.ts';
import { recordOf } from '../support/seed-release.ts';
import { startTestPipeline, type TestPipeline } from '../support/test-pipeline.ts';
import { createFaultyDynamo, type FaultyDynamo, firstCalls } from './dynamo-faults.ts';

// Faults under the real ingest path (ingestObjectEvent, the DynamoDB store, batch writes, S3 reads) on
// the emulators. DynamoDB faults are injected in the SDK client's middleware: DynamoDB Local cannot
// throttle or fail on demand. The extractor is replaced by one that makes large records (many items, so
// several batch-write chunks) from a version word in the text, so each test knows the record to expect.

const MAX_BYTES = 4096;
const ORGANIZATIONS = 30;

/** A record of 30 organizations, each quoted: about 90 items, four batch-write chunks. */
function recordOfVersion(version: string, source: string): PressRecord {
  const organizations = Array.from({ length: ORGANIZATIONS }, (_, index) => ({
    name: `${version} Guild ${index}`,
    aliases: [],
  }));
  return recordOf({
    source,
    publishedDate: version === 'Amber' ? '2025-03-03' : '2025-03-04',
    organizations,
    quotes: organizations.map((organization) => ({
      speaker: organization.name,
      text: `${organization.name} will open the hall.`,
      type: 'direct' as const,
    })),
  });
}

const extractVersion = (text: string, options: ExtractOptions) =>
  recordOfVersion(text.includes('Birch') ? 'Birch' : 'Amber', options.source ?? '');

let pipeline: TestPipeline;
let faulty: FaultyDynamo;
let store: ReleaseStore;
let queries: ReleaseQueries;

const dependencies = (overrides: Partial<IngestDependencies> = {}): IngestDependencies => ({
  s3: pipeline.s3,
  store,
  maxBytes: MAX_BYTES,
  extractorVersion: '0.0.0-faults',
  extract: extractVersion,
  now: () => new Date(),
  recordedMonths: new Set(),
  ...overrides,
});

const created = (key: string, sequencer: string, size: number | null = null): ObjectEvent => ({
  change: 'created',
  eventName: 'ObjectCreated:Put',
  bucket: pipeline.bucket,
  key,
  versionId: null,
  sequencer: normalizeSequencer(sequencer) ?? '',
  size,
  eventTime: '2025-03-05T10:00:00.000Z',
});

/** The release as a reader sees it: which version, and which lookups find it. */
async function view(key: string) {
  const found = await queries.getRelease(key);
  const finds = async (name: string) =>
    (await queries.listByOrganization(name, {}, {})).items.some((item) => item.id === key);
  return {
    version:
      found?.status === 'ingested'
        ? (found.release.record.organizations[0]?.name.split(' ')[0] ?? '?')
        : 'none',
    quotes: found?.status === 'ingested' ? found.release.record.quotes.length : 0,
    byAmber: await finds('Amber Guild 7'),
    byBirch: await finds('Birch Guild 7'),
  };
}

const AMBER = { version: 'Amber', quotes: ORGANIZATIONS, byAmber: true, byBirch: false };
const BIRCH = { version: 'Birch', quotes: ORGANIZATIONS, byAmber: false, byBirch: true };
const NONE = { version: 'none', quotes: 0, byAmber: false, byBirch: false };

/** One document, and exactly the items of its generation: no duplicate, no leftover. */
async function expectWholeRelease(key: string, version: 'Amber' | 'Birch') {
  const items = await readPartition(pipeline.documents, pipeline.table, key);
  const documents = items.filter((item) => item.sk === DOCUMENT_SK);
  expect(documents).toHaveLength(1);
  const generation = documents[0]?.generation;
  const others = items.filter((item) => item.sk !== DOCUMENT_SK);
  expect(others.filter((item) => item.generation !== generation)).toEqual([]);
  const stamp = {
    bucket: pipeline.bucket,
    key,
    versionId: null,
    sequencer: '0',
    generation: String(generation),
    ingestedAt: '2025-03-05T10:00:00.000Z',
    sha256: 'a'.repeat(64),
    size: 0,
    extractorVersion: 'x',
    uploadedDate: '2025-03-05',
  };
  const expected = toReleaseItems(recordOfVersion(version, `s3://${pipeline.bucket}/${key}`), stamp).items;
  expect(others.map((item) => item.sk).sort()).toEqual(expected.map((item) => item.sk).sort());
}

/** The failure came from the injected kill (possibly wrapped by the store's own error, as its cause). */
function wasKilled(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current.message.includes('injected: the function was killed')) return true;
  }
  return false;
}

beforeAll(async () => {
  pipeline = await startTestPipeline();
  faulty = createFaultyDynamo(pipeline.emulators);
  // Our batch writer's backoff does not need to wait in a test; the SDK's own retries do wait (briefly).
  store = createReleaseStore(faulty.documents, pipeline.table, {
    ...DEFAULT_RETRY_POLICY,
    sleep: async () => {},
  });
  queries = createReleaseQueries(pipeline.documents, pipeline.table);
});

afterAll(async () => {
  faulty?.destroy();
  await pipeline?.stop();
});

beforeEach(() => faulty.clear());

/** Stores Amber under `key` (fault-free), then uploads Birch in its place. */
async function amberThenBirchUpload(key: string) {
  await pipeline.putObject(key, 'Amber text');
  expect(await ingestObjectEvent(created(key, 'A0'), dependencies())).toMatchObject({ status: 'ingested' });
  await pipeline.putObject(key, 'Birch text');
}

describe('DynamoDB throttling and transient errors', () => {
  it('are retried, and readers see the old record or the new one, never a mix', async () => {
    const key = 'incoming/faults/throttled.txt';
    await amberThenBirchUpload(key);
    const seen: unknown[] = [];
    faulty.afterBatchWrite(async () => {
      seen.push(await view(key));
    });
    faulty.inject(
      // Batch writes: half-processed three times, then refused outright once.
      { command: 'BatchWriteItemCommand', calls: firstCalls(3), kind: 'partial' },
      { command: 'BatchWriteItemCommand', calls: new Set([4]), kind: 'throttle' },
      // Single calls: a 500 and a 503, which the SDK retries.
      { command: 'GetItemCommand', calls: firstCalls(1), kind: 'internal' },
      { command: 'PutItemCommand', calls: firstCalls(1), kind: 'unavailable' },
      { command: 'QueryCommand', calls: firstCalls(1), kind: 'internal' },
    );
    const outcome = await ingestObjectEvent(created(key, 'B0'), dependencies());
    expect(outcome).toMatchObject({ status: 'ingested', quotes: ORGANIZATIONS });
    expect(faulty.fired).toEqual({ throttle: 1, internal: 2, unavailable: 1, partial: 3, kill: 0 });
    // Every look during the writes showed one whole version: the old one until the commit, then the new.
    const firstBirch = seen.findIndex((look) => JSON.stringify(look) === JSON.stringify(BIRCH));
    expect(firstBirch).toBeGreaterThan(2);
    expect(seen.slice(0, firstBirch)).toEqual(seen.slice(0, firstBirch).map(() => AMBER));
    expect(seen.slice(firstBirch)).toEqual(seen.slice(firstBirch).map(() => BIRCH));
    expect(await view(key)).toEqual(BIRCH);
    await expectWholeRelease(key, 'Birch');
  });

  it('gives up on throttling that outlasts the retries, throws (so the message is retried), and leaves the old record', async () => {
    const key = 'incoming/faults/throttled-for-good.txt';
    await amberThenBirchUpload(key);
    faulty.inject({ command: 'BatchWriteItemCommand', calls: firstCalls(1_000), kind: 'throttle' });
    await expect(ingestObjectEvent(created(key, 'B0'), dependencies())).rejects.toThrow(/failed/);
    expect(await view(key)).toEqual(AMBER);
    faulty.clear();
    // The redelivery succeeds and cleans up what the failed attempt left.
    expect(await ingestObjectEvent(created(key, 'B0'), dependencies())).toMatchObject({ status: 'ingested' });
    expect(await view(key)).toEqual(BIRCH);
    await expectWholeRelease(key, 'Birch');
  });
});

describe('a function killed mid-write, then the same message again', () => {
  it('killed after part of the new items: the old record stays whole; the re-run leaves no duplicate', async () => {
    const key = 'incoming/faults/killed-mid-items.txt';
    await amberThenBirchUpload(key);
    faulty.inject({ command: 'BatchWriteItemCommand', calls: new Set([2, 3, 4]), kind: 'kill' });
    await expect(ingestObjectEvent(created(key, 'B0'), dependencies())).rejects.toSatisfy(wasKilled);
    expect(faulty.fired.kill).toBeGreaterThan(0);
    const afterKill = await readPartition(pipeline.documents, pipeline.table, key);
    expect(afterKill.length).toBeGreaterThan(ORGANIZATIONS * 2); // some of Birch's items were written
    expect(await view(key)).toEqual(AMBER);
    faulty.clear();
    expect(await ingestObjectEvent(created(key, 'B0'), dependencies())).toMatchObject({ status: 'ingested' });
    expect(await view(key)).toEqual(BIRCH);
    await expectWholeRelease(key, 'Birch');
  });

  it('killed on a first upload: no record at all, then exactly one', async () => {
    const key = 'incoming/faults/killed-first.txt';
    await pipeline.putObject(key, 'Amber text');
    faulty.inject({ command: 'BatchWriteItemCommand', calls: new Set([3]), kind: 'kill' });
    await expect(ingestObjectEvent(created(key, 'A0'), dependencies())).rejects.toSatisfy(wasKilled);
    expect(await view(key)).toEqual(NONE);
    faulty.clear();
    expect(await ingestObjectEvent(created(key, 'A0'), dependencies())).toMatchObject({ status: 'ingested' });
    expect(await view(key)).toEqual(AMBER);
    await expectWholeRelease(key, 'Amber');
  });

  it('killed after the commit, before the old generation was removed: the re-run removes it', async () => {
    const key = 'incoming/faults/killed-after-commit.txt';
    await amberThenBirchUpload(key);
    // readDocument is GetItem; the first Query is the sweep of older generations, after the commit.
    faulty.inject({ command: 'QueryCommand', calls: new Set([1]), kind: 'kill' });
    await expect(ingestObjectEvent(created(key, 'B0'), dependencies())).rejects.toSatisfy(wasKilled);
    expect(await view(key)).toEqual(BIRCH);
    faulty.clear();
    expect(await ingestObjectEvent(created(key, 'B0'), dependencies())).toEqual({
      status: 'duplicate',
      id: key,
    });
    expect(await view(key)).toEqual(BIRCH);
    await expectWholeRelease(key, 'Birch');
  });
});

describe('events out of order', () => {
  it('an older event still writing when a newer one commits removes its own items and changes nothing', async () => {
    const key = 'incoming/faults/race.txt';
    await pipeline.putObject(key, 'Birch text');
    let newerCommitted: () => void = () => undefined;
    const committed = new Promise<void>((resolve) => {
      newerCommitted = resolve;
    });
    // The older event has read the (empty) table and extracted; its writes wait until the newer commits.
    const slowStore: ReleaseStore = {
      ...store,
      writeItems: async (items) => {
        await committed;
        await store.writeItems(items);
      },
    };
    const older = ingestObjectEvent(
      created(key, 'A0'),
      dependencies({
        store: slowStore,
        extract: (_text, options) => recordOfVersion('Amber', options.source ?? ''),
      }),
    );
    expect(await ingestObjectEvent(created(key, 'B0'), dependencies())).toMatchObject({ status: 'ingested' });
    newerCommitted();
    expect(await older).toMatchObject({ status: 'stale' });
    expect(await view(key)).toEqual(BIRCH);
    await expectWholeRelease(key, 'Birch');
  });
});

describe('S3 side', () => {
  it('refuses an object over the limit by counting while reading, when the event understates its size', async () => {
    const key = 'incoming/faults/understated.txt';
    await pipeline.putObject(key, 'Amber text '.repeat(MAX_BYTES));
    const outcome = await ingestObjectEvent(created(key, 'A0', 10), dependencies());
    expect(outcome).toMatchObject({ status: 'rejected', code: 'too-large' });
    expect(await queries.getRelease(key)).toMatchObject({ status: 'rejected', error: { code: 'too-large' } });
  });

  it('ends cleanly when the object was deleted before its event: no record, nothing to retry', async () => {
    const key = 'incoming/faults/never-there.txt';
    expect(await ingestObjectEvent(created(key, 'A0'), dependencies())).toEqual({
      status: 'vanished',
      id: key,
    });
    expect(await readPartition(pipeline.documents, pipeline.table, key)).toEqual([]);
  });
});
