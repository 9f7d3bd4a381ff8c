import { createHash, randomUUID } from 'node:crypto';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../lambdas/adapters/release-queries.ts';
import { extract } from '../../lambdas/core/index.ts';
import { DOCUMENT_SK, generationPrefix, releasePk } from '../../lambdas/model/item-keys.ts';
import { buildS3Event, Sequencer } from '../../local/s3-event.ts';
import { INCOMING_PREFIX } from '../../local/stack-definitions.ts';
import { type E2eTarget, eventually, startE2eTarget } from './e2e-target.ts';
import {
  bulkRelease,
  RESERVOIR_RELEASE,
  SURVEY_RELEASE,
  SURVEY_RELEASE_REVISED,
} from './release-fixtures.ts';

// One suite for every target (PRESSLINE_TARGET=embedded|localstack|aws): no line below knows which.
// Each run writes under its own prefix, so runs against a long-lived deployed stack do not interfere.
const run = `${INCOMING_PREFIX}e2e-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}/`;
let target: E2eTarget;

beforeAll(async () => {
  target = await startE2eTarget();
}, 120_000);

afterAll(async () => {
  await target?.stop();
});

const put = (name: string, body: string | Buffer) =>
  target.s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: `${run}${name}`, Body: body }));

const remove = (name: string) =>
  target.s3.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: `${run}${name}` }));

/** Every item of the release's partition (document, parts, quotes, index items). */
async function partitionItems(key: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await target.documents.send(
      new QueryCommand({
        TableName: target.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': releasePk(key) },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
}

/** Every page of a list, keeping this run's releases only. */
async function allOfRun<T extends { id: string }>(
  list: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const found: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    found.push(...page.items.filter((item) => item.id.startsWith(run)));
    cursor = page.cursor ?? undefined;
  } while (cursor !== undefined);
  return found;
}

async function ingested(key: string) {
  const found = await target.queries.getRelease(key);
  if (found?.status !== 'ingested')
    throw new Error(`${key}: ${found === undefined ? 'no record' : found.status}`);
  return found.release;
}

describe('upload -> record', () => {
  it('stores a record with the extracted fields and where it came from', async () => {
    const bytes = Buffer.from(RESERVOIR_RELEASE, 'utf8');
    await put('reservoir.txt', bytes);
    await target.settled();
    const release = await eventually(() => ingested(`${run}reservoir.txt`));
    expect(release).toMatchObject({
      bucket: target.bucket,
      key: `${run}reservoir.txt`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(release.extractorVersion).not.toBe('');
    expect(Date.parse(release.ingestedAt)).not.toBeNaN();
    const { record } = release;
    expect(record.source).toBe(`s3://${target.bucket}/${run}reservoir.txt`);
    expect(record.publishedDate).toBe('2024-03-12');
    expect(record.organizations).toContainEqual(
      expect.objectContaining({
        name: 'Corvane Valley Water Board',
        aliases: expect.arrayContaining(['CVWB']),
      }),
    );
    expect(record.people.map((person) => person.name)).toContain('Talia Brennok');
    expect(record.quotes).toContainEqual(
      expect.objectContaining({
        speaker: 'Talia Brennok',
        type: 'direct',
        text: expect.stringContaining('clean water'),
      }),
    );
    expect(record.attendance).toContainEqual(expect.objectContaining({ count: 300, qualifier: 'over' }));
  });
});

describe('changed version -> record replaced', () => {
  it('replaces the whole record and leaves no items of the old version', async () => {
    const key = `${run}survey.txt`;
    await put('survey.txt', SURVEY_RELEASE);
    await target.settled();
    await eventually(async () => expect((await ingested(key)).record.publishedDate).toBe('2024-06-02'));

    await put('survey.txt', SURVEY_RELEASE_REVISED);
    await target.settled();
    const release = await eventually(async () => {
      const current = await ingested(key);
      expect(current.record.publishedDate).toBe('2024-09-09');
      return current;
    });
    expect(release.record.organizations.map((organization) => organization.name)).toEqual([
      'Fennick Harbour Authority',
    ]);
    expect(release.record.quotes.map((quote) => quote.speaker)).toEqual(['Oona Raskell']);

    // Nothing of the first version is found by any lookup…
    await eventually(async () => {
      expect(await allOfRun((cursor) => target.queries.listByOrganization('MCI', {}, { cursor }))).toEqual(
        [],
      );
      expect(
        await allOfRun((cursor) => target.queries.listByPerson('Piet Vandermolen', {}, { cursor })),
      ).toEqual([]);
      expect(
        await allOfRun((cursor) => target.queries.listQuotesBySpeaker('Piet Vandermolen', {}, { cursor })),
      ).toEqual([]);
    });
    // …and the partition holds the document and the items of its current generation only.
    const items = await partitionItems(key);
    const document = items.find((item) => item.sk === DOCUMENT_SK);
    const prefix = generationPrefix(String(document?.generation));
    expect(items.filter((item) => item.sk !== DOCUMENT_SK && !String(item.sk).startsWith(prefix))).toEqual(
      [],
    );
  });
});

describe('delete -> record gone', () => {
  it('removes the record and every item of it', async () => {
    const key = `${run}to-delete.txt`;
    await put('to-delete.txt', RESERVOIR_RELEASE);
    await target.settled();
    await eventually(() => ingested(key));

    await remove('to-delete.txt');
    await target.settled();
    await eventually(async () => expect(await target.queries.getRelease(key)).toBeUndefined());
    // What may remain is the document's tombstone (it keeps an older event from resurrecting the record).
    expect((await partitionItems(key)).filter((item) => item.sk !== DOCUMENT_SK)).toEqual([]);
    const byOrganization = await allOfRun((cursor) =>
      target.queries.listByOrganization('Corvane Valley Water Board', {}, { cursor }),
    );
    expect(byOrganization.map((summary) => summary.id)).not.toContain(key);
  });
});

describe('bad file -> rejected with a reason', () => {
  it.each([
    ['empty.txt', 'empty', Buffer.alloc(0)],
    ['binary.txt', 'binary', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0xfe, 0x00, 0x00, 0x10, 0x00])],
  ])('%s is accounted for as rejected (%s)', async (name, code, bytes) => {
    await put(name, bytes);
    await target.settled();
    const found = await eventually(async () => {
      const lookup = await target.queries.getRelease(`${run}${name}`);
      if (lookup === undefined) throw new Error('no item yet');
      return lookup;
    });
    expect(found).toMatchObject({ status: 'rejected', error: { code } });
    if (found.status === 'rejected') expect(found.error.message).not.toBe('');
  });
});

describe('the same event twice -> one record', () => {
  it('leaves one record when the event for an object version is delivered twice', async () => {
    const key = `${run}twice.txt`;
    await put('twice.txt', SURVEY_RELEASE);
    await target.settled();
    await eventually(() => ingested(key));
    // S3 delivers at least once: send one more event for this object version, twice, at once.
    const head = await target.s3.send(new HeadObjectCommand({ Bucket: target.bucket, Key: key }));
    const body = JSON.stringify(
      buildS3Event(
        {
          kind: 'created',
          bucket: target.bucket,
          key,
          size: head.ContentLength ?? 0,
          eTag: (head.ETag ?? '').replaceAll('"', ''),
          ...(head.VersionId ? { versionId: head.VersionId } : {}),
          sequencer: new Sequencer().next(),
          time: new Date(),
        },
        await target.s3.config.region(),
      ),
    );
    await Promise.all(
      [1, 2].map(() =>
        target.sqs.send(new SendMessageCommand({ QueueUrl: target.queueUrl, MessageBody: body })),
      ),
    );
    await target.settled();
    await eventually(async () => {
      const items = await partitionItems(key);
      const documents = items.filter((item) => item.sk === DOCUMENT_SK);
      expect(documents).toHaveLength(1);
      const prefix = generationPrefix(String(documents[0]?.generation));
      expect(items.filter((item) => item.sk !== DOCUMENT_SK && !String(item.sk).startsWith(prefix))).toEqual(
        [],
      );
    });
    const byOrganization = await allOfRun((cursor) =>
      target.queries.listByOrganization('MCI', {}, { cursor }),
    );
    expect(byOrganization.filter((summary) => summary.id === key)).toHaveLength(1);
    expect((await ingested(key)).record.quotes).toHaveLength(1);
  });
});

describe('every query pattern', () => {
  const reservoir = `${run}q-reservoir.txt`;
  const survey = `${run}q-survey.txt`;

  beforeAll(async () => {
    await Promise.all([put('q-reservoir.txt', RESERVOIR_RELEASE), put('q-survey.txt', SURVEY_RELEASE)]);
    await target.settled();
    await eventually(() => Promise.all([ingested(reservoir), ingested(survey)]));
  }, 120_000);

  const ids = (items: readonly { id: string }[]) =>
    items.map((item) => item.id).filter((id) => id.startsWith(`${run}q-`));

  it('one release by id, with all its quotes', async () => {
    const release = await ingested(reservoir);
    expect(release.id).toBe(reservoir);
    // Every quote the extractor finds in the text comes back with the record, the hand-checked one among them.
    expect(release.record.quotes).toEqual(extract(RESERVOIR_RELEASE).quotes);
    expect(release.record.quotes).toContainEqual({
      speaker: 'Talia Brennok',
      text: 'This reservoir secures clean water for a generation',
      type: 'direct',
    });
  });

  it('by organization, under any of its names, and within a date range', async () => {
    const byName = await eventually(async () => {
      const found = ids(
        await allOfRun((c) =>
          target.queries.listByOrganization('Merrow Coastal Institute', {}, { cursor: c }),
        ),
      );
      expect(found).toEqual([survey]);
      return found;
    });
    expect(ids(await allOfRun((c) => target.queries.listByOrganization('MCI', {}, { cursor: c })))).toEqual(
      byName,
    );
    const inRange = (from: string, to: string) =>
      allOfRun((c) => target.queries.listByOrganization('CVWB', { from, to }, { cursor: c }));
    expect(ids(await inRange('2024-03-01', '2024-03-31'))).toEqual([reservoir]);
    expect(ids(await inRange('2024-04-01', '2024-12-31'))).toEqual([]);
  });

  it('by person, and quotes by speaker', async () => {
    expect(
      ids(await allOfRun((c) => target.queries.listByPerson('Talia Brennok', {}, { cursor: c }))),
    ).toEqual([reservoir]);
    const quotes = await allOfRun((c) =>
      target.queries.listQuotesBySpeaker('Piet Vandermolen', {}, { cursor: c }),
    );
    expect(ids(quotes)).toEqual([survey]);
    expect(quotes[0]?.quotes.map((quote) => quote.text)).toEqual([
      expect.stringContaining('recovering faster'),
    ]);
  });

  it('by date range, newest first', async () => {
    const found = await allOfRun((c) =>
      target.queries.listByDate({ from: '2024-01-01', to: '2024-12-31' }, { cursor: c }),
    );
    expect(ids(found)).toEqual([survey, reservoir]);
    const march = await allOfRun((c) =>
      target.queries.listByDate({ from: '2024-03-01', to: '2024-03-31' }, { cursor: c }),
    );
    expect(ids(march)).toEqual([reservoir]);
  });

  it('by attendance, largest first, with a minimum', async () => {
    const range = { from: '2024-01-01', to: '2024-12-31' };
    const found = await allOfRun((c) => target.queries.listByAttendance(range, { cursor: c }));
    expect(ids(found)).toEqual([reservoir, survey]);
    expect(found.find((item) => item.id === reservoir)?.attendance).toMatchObject({
      count: 300,
      qualifier: 'over',
    });
    const large = await allOfRun((c) =>
      target.queries.listByAttendance({ ...range, minCount: 100 }, { cursor: c }),
    );
    expect(ids(large)).toEqual([reservoir]);
  });
});

describe('200 uploads at once -> 200 records', () => {
  it('ingests every one', async () => {
    const count = 200;
    const names = Array.from(
      { length: count },
      (_, index) => `bulk/release-${String(index).padStart(3, '0')}.txt`,
    );
    await Promise.all(names.map((name, index) => put(name, bulkRelease(index))));
    await target.settled();
    await eventually(async () => {
      const found = await allOfRun((cursor) =>
        target.queries.listByDate({ from: '2019-03-01', to: '2019-03-31' }, { cursor, limit: 100 }),
      );
      expect(new Set(found.map((summary) => summary.id))).toEqual(
        new Set(names.map((name) => `${run}${name}`)),
      );
    }, 180_000);
  }, 240_000);
});
