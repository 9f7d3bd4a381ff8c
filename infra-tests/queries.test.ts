import type { APIGatewayProxyStructuredResultV2, LambdaFunctionURLEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReleaseStore, type ReleaseStore } from '../lambdas/adapters/dynamo-store.ts';
import { createReleaseQueries, type Page, type ReleaseQueries } from '../lambdas/adapters/release-queries.ts';
import type { PressRecord } from '../lambdas/model/press-record.ts';
import { urlRequest } from './support/events.ts';
import { recordOf, seedRelease } from './support/seed-release.ts';
import { startTestPipeline, type TestPipeline } from './support/test-pipeline.ts';

let pipeline: TestPipeline;
let store: ReleaseStore;
let queries: ReleaseQueries;
let handler: (event: LambdaFunctionURLEvent) => Promise<APIGatewayProxyStructuredResultV2>;

const harbor = { name: 'Harbor Logistics Group', aliases: ['HLG'] };
const moreno = { name: 'Ana Moreno', aliases: ['Moreno'], title: 'Chief Executive' };

const RELEASES: Record<string, PressRecord> = {
  'incoming/a.txt': recordOf({
    source: 's3://b/incoming/a.txt',
    publishedDate: '2025-01-10',
    organizations: [harbor],
    people: [moreno],
    quotes: [
      { speaker: 'Ana Moreno', text: 'We move cargo faster than ever.', type: 'direct' },
      { speaker: null, text: 'Nobody claimed this line.', type: 'direct' },
    ],
    attendance: [{ count: 300, qualifier: 'about', text: 'about 300 guests came' }],
  }),
  'incoming/b.txt': recordOf({
    source: 's3://b/incoming/b.txt',
    publishedDate: '2025-02-20',
    organizations: [{ name: 'Harbor Logistics Group', aliases: ['H.L.G.'] }],
    quotes: [{ speaker: 'Harbor Logistics Group', text: 'the group expects growth', type: 'indirect' }],
    attendance: [
      { count: 40, qualifier: 'exact', text: '40 reporters' },
      { count: 5000, qualifier: 'over', text: 'over 5,000 visitors' },
    ],
  }),
  'incoming/c.md': recordOf({
    source: 's3://b/incoming/c.md',
    publishedDate: '2024-12-05',
    organizations: [harbor],
    people: [moreno],
    quotes: [{ speaker: 'Ana Moreno', text: 'December was busy.', type: 'direct' }],
    attendance: [{ count: 1200, qualifier: 'exact', text: '1,200 people attended' }],
  }),
  // States no date: listed under the day it was uploaded.
  'incoming/d.html': recordOf({
    source: 's3://b/incoming/d.html',
    organizations: [{ name: 'Société Générale Maritime', aliases: [] }],
  }),
  'incoming/e.txt': recordOf({
    source: 's3://b/incoming/e.txt',
    publishedDate: '2025-02-21',
    organizations: [{ name: 'Coastal Weather Office', aliases: ['CWO'] }],
    attendance: [{ count: 50, qualifier: 'about', text: 'some 50 farmers' }],
  }),
};

beforeAll(async () => {
  pipeline = await startTestPipeline();
  ({ handler } = await import('../lambdas/handlers/query.ts'));
  store = createReleaseStore(pipeline.documents, pipeline.table);
  queries = createReleaseQueries(pipeline.documents, pipeline.table);
  for (const [key, record] of Object.entries(RELEASES)) {
    await seedRelease(store, record, { key, uploadedDate: '2025-03-01' });
  }
});

afterAll(async () => {
  await pipeline?.stop();
});

const ids = (page: Page<{ id: string }>) => page.items.map((item) => item.id);

describe('queries', () => {
  it('returns one release by id with all its quotes', async () => {
    const lookup = await queries.getRelease('incoming/a.txt');
    expect(lookup?.status).toBe('ingested');
    if (lookup?.status !== 'ingested') return;
    expect(lookup.release.record).toEqual(RELEASES['incoming/a.txt']);
    expect(lookup.release.extractorVersion).toBe('0.0.0-test');
    expect(await queries.getRelease('incoming/none.txt')).toBeUndefined();
  });

  it.each([
    ['its full name', 'Harbor Logistics Group', ['incoming/b.txt', 'incoming/a.txt', 'incoming/c.md']],
    ['an acronym alias', 'HLG', ['incoming/b.txt', 'incoming/a.txt', 'incoming/c.md']],
    ['a dotted acronym of another release', 'hlg', ['incoming/b.txt', 'incoming/a.txt', 'incoming/c.md']],
    ['a name without its accents', 'Societe Generale Maritime', ['incoming/d.html']],
    ['an unknown name', 'Nobody Incorporated', []],
  ])('lists releases by organization, newest first, by %s', async (_, name, expected) => {
    expect(ids(await queries.listByOrganization(name, {}, {}))).toEqual(expected);
  });

  it('limits organization lists to a date range', async () => {
    expect(ids(await queries.listByOrganization('HLG', { from: '2025-01-01' }, {}))).toEqual([
      'incoming/b.txt',
      'incoming/a.txt',
    ]);
    expect(ids(await queries.listByOrganization('HLG', { to: '2025-01-10' }, {}))).toEqual([
      'incoming/a.txt',
      'incoming/c.md',
    ]);
    expect(
      ids(await queries.listByOrganization('HLG', { from: '2025-01-11', to: '2025-02-19' }, {})),
    ).toEqual([]);
  });

  it('lists releases by person, by any alias', async () => {
    const page = await queries.listByPerson('Moreno', {}, {});
    expect(ids(page)).toEqual(['incoming/a.txt', 'incoming/c.md']);
    expect(page.items[0]).toMatchObject({ publishedDate: '2025-01-10', matched: 'Moreno' });
  });

  it('lists the quotes of a speaker, by any name, without the quotes of others', async () => {
    const page = await queries.listQuotesBySpeaker('moreno', {}, {});
    expect(page.items.map((item) => [item.id, item.quotes.map((quote) => quote.text)])).toEqual([
      ['incoming/a.txt', ['We move cargo faster than ever.']],
      ['incoming/c.md', ['December was busy.']],
    ]);
    const byOrganization = await queries.listQuotesBySpeaker('H.L.G.', {}, {});
    expect(byOrganization.items.map((item) => item.quotes)).toEqual([
      [{ speaker: 'Harbor Logistics Group', text: 'the group expects growth', type: 'indirect' }],
    ]);
  });

  it('lists releases published in a date range, undated ones by upload day', async () => {
    const page = await queries.listByDate({ from: '2025-01-01', to: '2025-12-31' }, {});
    expect(ids(page)).toEqual(['incoming/d.html', 'incoming/e.txt', 'incoming/b.txt', 'incoming/a.txt']);
    expect(ids(await queries.listByDate({}, {}))).toHaveLength(5);
  });

  it('lists releases by attendance, largest first, in a date range and above a minimum', async () => {
    const all = await queries.listByAttendance({}, {});
    expect(all.items.map((item) => [item.id, item.attendance.count])).toEqual([
      ['incoming/b.txt', 5000],
      ['incoming/c.md', 1200],
      ['incoming/a.txt', 300],
      ['incoming/e.txt', 50],
    ]);
    expect(ids(await queries.listByAttendance({ from: '2025-02-01', to: '2025-02-28' }, {}))).toEqual([
      'incoming/b.txt',
      'incoming/e.txt',
    ]);
    expect(ids(await queries.listByAttendance({ minCount: 1000 }, {}))).toEqual([
      'incoming/b.txt',
      'incoming/c.md',
    ]);
  });

  it('pages through a list with cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const page = await queries.listByOrganization('HLG', {}, { limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...ids(page));
      if (page.cursor === null) break;
      cursor = page.cursor;
    }
    expect(seen).toEqual(['incoming/b.txt', 'incoming/a.txt', 'incoming/c.md']);
  });

  it('merges the shards of a busy month into one newest-first order across pages', async () => {
    const keys = Array.from(
      { length: 30 },
      (_, index) => `incoming/busy/${String(index).padStart(2, '0')}.txt`,
    );
    await Promise.all(
      keys.map((key, index) =>
        seedRelease(
          store,
          recordOf({
            source: `s3://b/${key}`,
            publishedDate: `2023-05-${String(1 + (index % 28)).padStart(2, '0')}`,
          }),
          { key },
        ),
      ),
    );
    const expected = keys
      .map((key, index) => ({ key, date: `2023-05-${String(1 + (index % 28)).padStart(2, '0')}` }))
      .sort((a, b) => (a.date === b.date ? (a.key < b.key ? 1 : -1) : a.date < b.date ? 1 : -1))
      .map((entry) => entry.key);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
      const page = await queries.listByDate(
        { from: '2023-05-01', to: '2023-05-31' },
        { limit: 7, ...(cursor ? { cursor } : {}) },
      );
      seen.push(...ids(page));
      if (page.cursor === null) break;
      cursor = page.cursor;
    }
    expect(seen).toEqual(expected);
  });

  it('never shows a release half-replaced: index items of an uncommitted generation are invisible', async () => {
    const key = 'incoming/in-flight.txt';
    await seedRelease(
      store,
      recordOf({
        source: 's3://b/in-flight',
        publishedDate: '2025-04-01',
        organizations: [{ name: 'Old Name Ltd', aliases: [] }],
      }),
      { key, sequencer: '10' },
    );
    // A newer processing has written its items but not yet its document.
    const { items } = await seedReleaseItemsOnly(key);
    expect(items.length).toBeGreaterThan(0);
    expect(ids(await queries.listByOrganization('New Name Ltd', {}, {}))).toEqual([]);
    expect(ids(await queries.listByOrganization('Old Name Ltd', {}, {}))).toEqual([key]);
  });
});

async function seedReleaseItemsOnly(key: string) {
  const { toReleaseItems } = await import('../lambdas/model/release-items.ts');
  const record = recordOf({
    source: 's3://b/in-flight',
    publishedDate: '2025-04-01',
    organizations: [{ name: 'New Name Ltd', aliases: [] }],
  });
  const result = toReleaseItems(record, {
    bucket: 'pressline-test-bucket',
    key,
    versionId: null,
    sequencer: '00000000000000000000000000000020',
    generation: '00000000000000000000000000000020_2025-06-02T00:00:00.000Z_abcd1234',
    ingestedAt: '2025-06-02T00:00:00.000Z',
    sha256: 'b'.repeat(64),
    size: 10,
    extractorVersion: '0.0.0-test',
    uploadedDate: '2025-06-02',
  });
  await store.writeItems(result.items);
  return result;
}

describe('query handler (Function URL)', () => {
  const call = async (parameters: Record<string, string>) => {
    const response = await handler(urlRequest(parameters));
    return { status: response.statusCode, body: JSON.parse(String(response.body)) };
  };

  it('answers a list query as JSON', async () => {
    const { status, body } = await call({ org: 'Harbor Logistics Group', from: '2025-01-01', limit: '10' });
    expect(status).toBe(200);
    expect(body.items.map((item: { id: string }) => item.id)).toEqual(['incoming/b.txt', 'incoming/a.txt']);
    expect(body.cursor).toBeNull();
  });

  it('answers one release by id, and 404 for an unknown one', async () => {
    const found = await call({ id: 'incoming/c.md' });
    expect(found.status).toBe(200);
    expect(found.body.release.record.quotes).toHaveLength(1);
    expect((await call({ id: 'incoming/unknown.txt' })).status).toBe(404);
  });

  it.each([
    [{ org: 'HLG', from: '2025-13-01' }, 'from'],
    [{ org: 'HLG', person: 'Moreno' }, 'choose one'],
    [{ limit: '0' }, 'limit'],
    [{ from: '2025-02-01', to: '2025-01-01' }, 'after'],
    [{ colour: 'blue' }, 'colour'],
  ])('refuses a bad query %j with 400 and a reason', async (parameters, reason) => {
    const { status, body } = await call(parameters);
    expect(status).toBe(400);
    expect(body.error).toContain(reason);
  });

  it('serves only GET', async () => {
    const event = urlRequest({ org: 'HLG' });
    const post = {
      ...event,
      requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method: 'POST' } },
    };
    expect((await handler(post)).statusCode).toBe(405);
  });
});
