import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESERVOIR_RELEASE, SURVEY_RELEASE } from '../../infra-tests/e2e/release-fixtures.ts';
import type { ConsistencyReport, Finding } from '../../lambdas/model/consistency.ts';
import { DOCUMENT_SK, releasePk } from '../../lambdas/model/item-keys.ts';
import { type LocalStack, startLocalStack } from '../../local/local-stack.ts';
import type { SqsHandler } from '../../local/queue-poller.ts';
import { runVerify, VERIFY_EXIT } from './verify.ts';

// The embedded stack with the real ingest handler behind a switch: once `losing` is on, events about
// keys with "unseen" in them are consumed and dropped, as if the bucket's notification had never fired.
let stack: LocalStack;
let documents: DynamoDBDocumentClient;
let losing = false;
let ingest: SqsHandler | undefined;

const losingHandler: SqsHandler = async (event, context) => {
  ingest ??= ((await import('../../lambdas/handlers/ingest.ts')) as { handler: SqsHandler }).handler;
  const kept: SQSEvent = {
    Records: event.Records.filter((record) => !(losing && record.body.includes('unseen'))),
  };
  return ingest(kept, context);
};

beforeAll(async () => {
  stack = await startLocalStack({ handler: losingHandler });
  // What startLocalStack does for its default handler: the function's environment before it loads.
  Object.assign(process.env, stack.env, {
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_METRICS_NAMESPACE: 'Pressline',
    POWERTOOLS_SERVICE_NAME: 'pressline-ingest',
  });
  documents = DynamoDBDocumentClient.from(stack.clients.dynamo);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

const put = (key: string, body: string | Uint8Array) =>
  stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.resources.bucket, Key: key, Body: body }));

async function verify(): Promise<{ code: number; report: ConsistencyReport; text: string }> {
  let json = '';
  let text = '';
  const env = { PRESSLINE_BUCKET: stack.resources.bucket, PRESSLINE_TABLE: stack.resources.table };
  const code = await runVerify({ json: true }, env, { stdout: (t) => (json += t), stderr: () => undefined });
  await runVerify({}, env, { stdout: (t) => (text += t), stderr: () => undefined });
  return { code, report: JSON.parse(json) as ConsistencyReport, text };
}

const byKind = (findings: readonly Finding[]) =>
  [...findings].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('pressline verify against the embedded stack', () => {
  it('is clean after releases and a bad file went through', async () => {
    await put('incoming/reservoir.txt', RESERVOIR_RELEASE);
    await put('incoming/unseen-survey.txt', SURVEY_RELEASE);
    await put('incoming/unseen-overwritten.txt', RESERVOIR_RELEASE);
    await put('incoming/empty.txt', '');
    await stack.settled();

    const { code, report, text } = await verify();
    expect(report.findings).toEqual([]);
    expect(report.objects).toBe(4);
    expect(report.documents).toEqual({ ingested: 3, rejected: 1, deleted: 0 });
    expect(code).toBe(VERIFY_EXIT.clean);
    expect(text).toContain('4 objects, 3 records, 1 rejected, 0 deleted');
    expect(text).toContain('consistent');
  });

  it('lists each thing broken behind the pipeline back, and exits non-zero', async () => {
    losing = true;
    // A document item lost: its object has no record, and its generation's items belong to nothing.
    await documents.send(
      new DeleteCommand({
        TableName: stack.resources.table,
        Key: { pk: releasePk('incoming/reservoir.txt'), sk: DOCUMENT_SK },
      }),
    );
    // A lookup entry pointing at no document.
    const ghost = 'incoming/ghost.txt';
    const generation = '00000000000000000000000000000001_2025-01-01T00:00:00.000Z_deadbeef';
    await documents.send(
      new PutCommand({
        TableName: stack.resources.table,
        Item: {
          pk: releasePk(ghost),
          sk: `G#${generation}#IX#DATE`,
          id: ghost,
          generation,
          kind: 'index',
          lookup: 'DATE',
          lookupPk: 'DATE#2025-01#0',
          lookupSk: `2025-01-01#${ghost}`,
          sortDate: '2025-01-01',
        },
      }),
    );
    // Changes the pipeline never hears of: a new object, an overwrite, a delete.
    await put('incoming/unseen-new.txt', SURVEY_RELEASE);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // a later second than the record's
    await put('incoming/unseen-overwritten.txt', `${RESERVOIR_RELEASE}\nA line added later.\n`);
    await stack.clients.s3.send(
      new DeleteObjectCommand({ Bucket: stack.resources.bucket, Key: 'incoming/unseen-survey.txt' }),
    );
    await stack.settled();

    const { code, report, text } = await verify();
    expect(code).toBe(VERIFY_EXIT.findings);
    expect(byKind(report.findings)).toEqual(
      byKind([
        { kind: 'object-without-record', key: 'incoming/reservoir.txt', detail: 'no document' },
        {
          kind: 'orphan-items',
          id: 'incoming/reservoir.txt',
          generation: expect.any(String),
          reason: 'no document',
          counts: { part: expect.any(Number), quote: expect.any(Number), index: expect.any(Number) },
        },
        {
          kind: 'orphan-items',
          id: ghost,
          generation,
          reason: 'no document',
          counts: { part: 0, quote: 0, index: 1 },
        },
        { kind: 'object-without-record', key: 'incoming/unseen-new.txt', detail: 'no document' },
        {
          kind: 'stale-record',
          id: 'incoming/unseen-overwritten.txt',
          reasons: [
            expect.stringMatching(/^size \d+ in the table, \d+ in the bucket$/),
            expect.stringContaining('after the record was made'),
          ],
        },
        { kind: 'record-without-object', id: 'incoming/unseen-survey.txt', status: 'ingested' },
      ]),
    );
    expect(text).toContain('6 finding(s)');
    expect(text).toContain('record without object: incoming/unseen-survey.txt (ingested)');
  });

  it('compares content too when asked to read the objects', async () => {
    const env = { PRESSLINE_BUCKET: stack.resources.bucket, PRESSLINE_TABLE: stack.resources.table };
    let json = '';
    await runVerify({ json: true, checksums: true }, env, {
      stdout: (t) => (json += t),
      stderr: () => undefined,
    });
    const report = JSON.parse(json) as ConsistencyReport;
    const stale = report.findings.filter((finding) => finding.kind === 'stale-record');
    expect(stale).toEqual([
      {
        kind: 'stale-record',
        id: 'incoming/unseen-overwritten.txt',
        reasons: [expect.stringContaining('size'), expect.stringContaining('after'), 'SHA-256 differs'],
      },
    ]);
  });
});
