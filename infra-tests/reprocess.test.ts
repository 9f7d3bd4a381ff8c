import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runQueryCommand } from '../cli/commands/query.ts';
import { runReprocessCommand } from '../cli/commands/reprocess.ts';
import { createReleaseStore } from '../lambdas/adapters/dynamo-store.ts';
import { createReleaseQueries, type ReleaseQueries } from '../lambdas/adapters/release-queries.ts';
import { EXTRACTOR_VERSION } from '../lambdas/core/index.ts';
import { objectMessage, sqsEvent } from './support/events.ts';
import { readPartition } from './support/release-items.ts';
import { recordOf, seedRelease } from './support/seed-release.ts';
import { startTestPipeline, type TestPipeline } from './support/test-pipeline.ts';

const RELEASE = `April 2, 2025

PORTO -- The Iberian Solar Cooperative (ISC) inaugurated a solar park on Wednesday. About 800 residents attended.

"Every roof can be a power plant," said Rosa Pinto, president of the cooperative.`;

let pipeline: TestPipeline;
let handler: (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;
let queries: ReleaseQueries;

beforeAll(async () => {
  pipeline = await startTestPipeline();
  ({ handler } = await import('../lambdas/handlers/ingest.ts'));
  queries = createReleaseQueries(pipeline.documents, pipeline.table);
});

afterAll(async () => {
  await pipeline?.stop();
});

function captured() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    output: { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text) },
  };
}

/** Delivers what the queue holds to the ingest handler, as the Lambda event source mapping would. */
async function drainQueue(): Promise<{ delivered: number; failures: number }> {
  let delivered = 0;
  let failures = 0;
  for (;;) {
    const received = await pipeline.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: pipeline.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) return { delivered, failures };
    const records = messages.map(
      (message) =>
        ({
          ...objectMessage({ eventName: 'ObjectCreated:Put', encodedKey: 'unused', sequencer: '1' }),
          messageId: message.MessageId ?? '',
          body: message.Body ?? '',
        }) satisfies SQSRecord,
    );
    const response = await handler(sqsEvent(...records));
    delivered += records.length;
    failures += response.batchItemFailures.length;
  }
}

describe('pressline reprocess', () => {
  it('sends every object under incoming/ through the queue, and the ingest path re-extracts it', async () => {
    const store = createReleaseStore(pipeline.documents, pipeline.table);
    await pipeline.putObject('incoming/solar.txt', RELEASE);
    // Recorded earlier by an older extractor (same key, different record).
    await seedRelease(store, recordOf({ source: 's3://old', publishedDate: '2020-01-01' }), {
      key: 'incoming/solar.txt',
      sequencer: '0A',
    });
    await pipeline.putObject('incoming/never-seen.md', RELEASE);
    await pipeline.putObject('archive/not-incoming.txt', RELEASE);

    const run = captured();
    expect(await runReprocessCommand(process.env, run.output)).toBe(0);
    expect(run.out.join('')).toContain('queued 2 object(s)');
    expect(await drainQueue()).toEqual({ delivered: 2, failures: 0 });

    for (const key of ['incoming/solar.txt', 'incoming/never-seen.md']) {
      const lookup = await queries.getRelease(key);
      expect(lookup?.status).toBe('ingested');
      if (lookup?.status !== 'ingested') continue;
      expect(lookup.release.extractorVersion).toBe(EXTRACTOR_VERSION);
      expect(lookup.release.record.publishedDate).toBe('2025-04-02');
    }
    expect(await queries.getRelease('archive/not-incoming.txt')).toBeUndefined();
  });

  it('changes nothing when the records were made by the same extractor from the same bytes', async () => {
    const before = await readPartition(pipeline.documents, pipeline.table, 'incoming/solar.txt');
    expect(await runReprocessCommand(process.env, captured().output)).toBe(0);
    expect(await drainQueue()).toEqual({ delivered: 2, failures: 0 });
    expect(await readPartition(pipeline.documents, pipeline.table, 'incoming/solar.txt')).toEqual(before);
  });

  it('lets a newer upload win over a reprocess message of the older version', async () => {
    const key = 'incoming/solar.txt';
    expect(await runReprocessCommand(process.env, captured().output)).toBe(0);
    // A new upload's event (a larger sequencer) is processed before the queued reprocess messages.
    await pipeline.putObject(key, RELEASE.replace('April 2, 2025', 'April 9, 2025'));
    await handler(
      sqsEvent(objectMessage({ eventName: 'ObjectCreated:Put', encodedKey: key, sequencer: '0B' })),
    );
    await drainQueue();
    const lookup = await queries.getRelease(key);
    expect(lookup?.status === 'ingested' && lookup.release.record.publishedDate).toBe('2025-04-09');
  });

  it('explains what is missing when the environment names no queue', async () => {
    const run = captured();
    const env = { PRESSLINE_BUCKET: pipeline.bucket, PRESSLINE_TABLE: pipeline.table };
    expect(await runReprocessCommand(env, run.output)).toBe(1);
    expect(run.err.join('')).toContain('PRESSLINE_QUEUE_URL');
  });
});

describe('pressline query', () => {
  it('prints one release by id', async () => {
    const run = captured();
    expect(await runQueryCommand({ id: 'incoming/never-seen.md' }, process.env, run.output)).toBe(0);
    expect(run.out.join('')).toContain('incoming/never-seen.md  published 2025-04-02');
  });

  it('prints a list as JSON with --json, and answers every pattern', async () => {
    for (const options of [
      { from: '2025-01-01' },
      { org: 'ISC', from: '2025-01-01' },
      { minAttendance: '1' },
      { person: 'Rosa Pinto' },
      { speaker: 'Rosa Pinto' },
    ]) {
      const run = captured();
      expect(await runQueryCommand({ ...options, json: true }, process.env, run.output)).toBe(0);
      const body = JSON.parse(run.out.join(''));
      expect(Array.isArray(body.items)).toBe(true);
    }
    const byDate = captured();
    await runQueryCommand({ from: '2025-04-01', to: '2025-04-30', json: true }, process.env, byDate.output);
    expect(JSON.parse(byDate.out.join('')).items.map((item: { id: string }) => item.id)).toEqual([
      'incoming/solar.txt',
      'incoming/never-seen.md',
    ]);
  });

  it.each([
    [{ org: 'X', person: 'Y' }, 'choose one'],
    [{ from: 'yesterday' }, 'from'],
    [{ id: 'incoming/missing.txt' }, 'no release'],
  ])('exits 1 with a reason for %j', async (options, reason) => {
    const run = captured();
    expect(await runQueryCommand(options, process.env, run.output)).toBe(1);
    expect(run.err.join('')).toContain(reason);
  });
});

describe('observability', () => {
  it('logs JSON with the object key and request id, and emits the ingest metrics', async () => {
    const key = 'incoming/observed.txt';
    await pipeline.putObject(key, RELEASE);
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const context = {
      awsRequestId: 'request-42',
      functionName: 'ingest',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:ingest',
      memoryLimitInMB: '1024',
      functionVersion: '$LATEST',
    } as Context;
    try {
      await handler(
        sqsEvent(objectMessage({ eventName: 'ObjectCreated:Put', encodedKey: key, sequencer: '01' })),
        context,
      );
    } finally {
      write.mockRestore();
    }
    const entries = lines
      .flatMap((line) => line.split('\n'))
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    const log = entries.find((entry) => entry.message === 'release ingested');
    expect(log).toMatchObject({ level: 'INFO', key, function_request_id: 'request-42' });
    expect(JSON.stringify(log)).not.toContain('Every roof can be a power plant');
    const emf = entries.find((entry) => entry._aws !== undefined);
    const names = emf._aws.CloudWatchMetrics[0].Metrics.map((metric: { Name: string }) => metric.Name);
    expect(names).toEqual(expect.arrayContaining(['ReleasesIngested', 'ExtractionTime']));
    expect(emf.ReleasesIngested).toBe(1);
  });
});
