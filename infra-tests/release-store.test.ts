import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchWriteAll, type RetryPolicy } from '../lambdas/adapters/batch-write.ts';
import { createReleaseStore } from '../lambdas/adapters/dynamo-store.ts';
import { DynamoWriteError } from '../lambdas/adapters/dynamo-write-error.ts';
import { generationOf, normalizeSequencer } from '../lambdas/model/item-keys.ts';
import { toReleaseItems } from '../lambdas/model/release-items.ts';
import { readPartition } from './support/release-items.ts';
import { recordOf } from './support/seed-release.ts';
import { startTestPipeline, type TestPipeline } from './support/test-pipeline.ts';

let pipeline: TestPipeline;

beforeAll(async () => {
  pipeline = await startTestPipeline();
});

afterAll(async () => {
  await pipeline?.stop();
});

interface Faults {
  /** BatchWriteItem calls that fail with a throttling error before reaching DynamoDB. */
  throttle: number;
  /** Of each call, only this many requests reach DynamoDB; the rest come back as UnprocessedItems. */
  processPerCall: number;
  calls: number;
}

/**
 * A document client whose BatchWriteItem calls meet throttling and partial processing, the two faults
 * DynamoDB Local never produces. Injected as client middleware before the document client marshals, so
 * requests and UnprocessedItems are in the same (native) form; every other call reaches the emulator.
 */
function faultyClient(faults: Faults): DynamoDBDocumentClient {
  const endpoint = pipeline.emulators.dynamoEndpoint;
  const client = new DynamoDBClient({
    endpoint,
    region: pipeline.emulators.region,
    credentials: pipeline.emulators.credentials,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'BatchWriteItemCommand') return next(args);
      faults.calls++;
      if (faults.throttle > 0) {
        faults.throttle--;
        throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), {
          name: 'ProvisionedThroughputExceededException',
        });
      }
      const input = args.input as { RequestItems: Record<string, unknown[]> };
      const [table, requests] = Object.entries(input.RequestItems)[0] as [string, unknown[]];
      const rest = requests.slice(faults.processPerCall);
      const sent = requests.slice(0, faults.processPerCall);
      // DynamoDB refuses an empty batch: when nothing gets through, answer as DynamoDB would.
      if (sent.length === 0)
        return { output: { $metadata: {}, UnprocessedItems: { [table]: rest } }, response: {} };
      input.RequestItems = { [table]: sent };
      const result = await next(args);
      (result.output as { UnprocessedItems?: unknown }).UnprocessedItems = rest.length
        ? { [table]: rest }
        : {};
      return result;
    },
    { step: 'initialize', name: 'injectBatchWriteFaults' },
  );
  return DynamoDBDocumentClient.from(client);
}

function instantPolicy(delays: number[], maxAttempts = 20): RetryPolicy {
  return {
    maxAttempts,
    baseDelayMs: 10,
    maxDelayMs: 200,
    concurrency: 2,
    sleep: async (ms) => {
      delays.push(ms);
    },
  };
}

const itemsFor = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    pk: `TEST#${prefix}`,
    sk: `item-${String(index).padStart(3, '0')}`,
  }));

describe('batch writes', () => {
  it('re-sends unprocessed items and backs off on throttling until everything is written', async () => {
    const faults: Faults = { throttle: 2, processPerCall: 7, calls: 0 };
    const delays: number[] = [];
    const items = itemsFor('retries', 60);
    await batchWriteAll(
      faultyClient(faults),
      pipeline.table,
      items.map((Item) => ({ PutRequest: { Item } })),
      instantPolicy(delays),
    );
    const stored = await readPartitionByPk(`TEST#retries`);
    expect(stored).toHaveLength(60);
    // 3 chunks (25, 25, 10) at 7 per call need 4 + 4 + 2 calls, plus the 2 throttled ones.
    expect(faults.calls).toBe(12);
    expect(delays).toHaveLength(9);
    expect(delays.every((ms) => ms >= 0 && ms <= 200)).toBe(true);
  });

  it('gives up with DynamoWriteError when items stay unprocessed', async () => {
    const faults: Faults = { throttle: 0, processPerCall: 0, calls: 0 };
    const items = itemsFor('stuck', 3);
    await expect(
      batchWriteAll(
        faultyClient(faults),
        pipeline.table,
        items.map((Item) => ({ PutRequest: { Item } })),
        instantPolicy([], 4),
      ),
    ).rejects.toThrow(DynamoWriteError);
    expect(faults.calls).toBe(4);
  });
});

describe('release store: commits', () => {
  const store = () => createReleaseStore(pipeline.documents, pipeline.table);
  const itemsOf = (key: string, sequencer: string, time: string, organization: string) => {
    const normalized = normalizeSequencer(sequencer) ?? '';
    return toReleaseItems(
      recordOf({
        source: `s3://b/${key}`,
        publishedDate: '2025-05-05',
        organizations: [{ name: organization, aliases: [] }],
      }),
      {
        bucket: 'b',
        key,
        versionId: null,
        sequencer: normalized,
        generation: generationOf(normalized, time, 'abcd1234'),
        ingestedAt: time,
        sha256: 'c'.repeat(64),
        size: 1,
        extractorVersion: '0.0.0-test',
        uploadedDate: '2025-05-05',
      },
    );
  };

  it('refuses an older generation and keeps the newer one whole when the loser cleans up', async () => {
    const key = 'incoming/race.txt';
    const older = itemsOf(key, '05', '2025-06-01T00:00:00.000Z', 'Loser Corp');
    const newer = itemsOf(key, '06', '2025-06-01T00:00:00.000Z', 'Winner Corp');
    // Both write their items; the newer commits first.
    await store().writeItems(older.items);
    await store().writeItems(newer.items);
    expect(await store().commitDocument(newer.document)).toBe('committed');
    await store().removeOlderGenerations(key, newer.document.generation);
    expect(await store().commitDocument(older.document)).toBe('superseded');
    await store().removeGeneration(key, older.document.generation);
    // A late sweep by the older writer must not touch the newer generation either.
    await store().removeOlderGenerations(key, older.document.generation);
    const items = await readPartition(pipeline.documents, pipeline.table, key);
    expect(items.filter((item) => item.sk !== 'DOC').length).toBe(newer.items.length);
    expect(items.every((item) => item.generation === newer.document.generation)).toBe(true);
  });

  it('lets a later processing of the same event replace the record (a reprocess)', async () => {
    const key = 'incoming/same-event.txt';
    const first = itemsOf(key, '07', '2025-06-01T00:00:00.000Z', 'First Extractor Inc');
    const again = itemsOf(key, '07', '2025-06-02T00:00:00.000Z', 'Second Extractor Inc');
    await store().writeItems(first.items);
    expect(await store().commitDocument(first.document)).toBe('committed');
    await store().writeItems(again.items);
    expect(await store().commitDocument(again.document)).toBe('committed');
    expect(await store().removeOlderGenerations(key, again.document.generation)).toBe(first.items.length);
    expect(await store().commitDocument(first.document)).toBe('superseded');
  });
});

async function readPartitionByPk(pk: string) {
  const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
  const page = await pipeline.documents.send(
    new QueryCommand({
      TableName: pipeline.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  return page.Items ?? [];
}
