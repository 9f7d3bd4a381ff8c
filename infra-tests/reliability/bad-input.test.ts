import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReleaseQueries, type ReleaseQueries } from '../../lambdas/adapters/release-queries.ts';
import { encodeS3Key } from '../../lambdas/adapters/s3-event.ts';
import type { ErrorCode } from '../../lambdas/model/press-record.ts';
import { listDeadLetters } from '../../local/dead-letters.ts';
import { type LocalStack, startLocalStack } from '../../local/local-stack.ts';
import type { BatchOutcome, SqsHandler } from '../../local/queue-poller.ts';
import { MAX_RECEIVE_COUNT } from '../../local/stack-definitions.ts';
import { readPartition } from '../support/release-items.ts';
import { failingForKey } from './key-fault.ts';

// The bad-input matrix, through the embedded stack: upload -> bridge -> queue -> poller -> the real
// ingest handler -> DynamoDB Local. Every row is uploaded at once, the stack settles, then each row is
// checked: a record, or a rejected status whose code names the reason.

const RELEASE = `March 3, 2025

LEEDS -- The Harbour Council opened the Aire footbridge on Monday. More than 300 residents attended.

"It joins two halves of the city," said Mara Olsen, chair of the council.
`;

const MiB = 1024 * 1024;
const text = (value: string) => new TextEncoder().encode(value);
const utf16le = (value: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(value, 'utf16le')]);
const utf16be = (value: string) => Buffer.from(utf16le(value).swap16());
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
const PDF = text('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n');
/** A key of `length` characters under `prefix`, ending in `.txt`. */
const longKey = (prefix: string, length: number) =>
  `${prefix}${'k'.repeat(length - prefix.length - '.txt'.length)}.txt`;

type Expected = { readonly status: 'ingested' } | { readonly status: 'rejected'; readonly code: ErrorCode };
const ingested: Expected = { status: 'ingested' };
const rejected = (code: ErrorCode): Expected => ({ status: 'rejected', code });

/** [case, key, body, outcome]. Keys are distinct: rows run at once. */
const MATRIX: ReadonlyArray<readonly [string, string, Uint8Array, Expected]> = [
  ['empty object', 'incoming/m/empty.txt', new Uint8Array(), rejected('empty')],
  ['whitespace only', 'incoming/m/blank.txt', text(' \n\t \r\n  \u00a0\n'), rejected('empty')],
  ['PNG bytes named .txt', 'incoming/m/logo.txt', PNG, rejected('binary')],
  ['PDF bytes named .txt', 'incoming/m/brochure.txt', PDF, rejected('binary')],
  ['a PDF', 'incoming/m/brochure.pdf', PDF, rejected('unsupported-type')],
  [
    'invalid UTF-8 (Latin-1 bytes, a lone continuation byte)',
    'incoming/m/latin1.txt',
    Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x0a]),
    rejected('invalid-encoding'),
  ],
  ['UTF-16 LE with BOM', 'incoming/m/utf16le.txt', utf16le(RELEASE), ingested],
  ['UTF-16 BE with BOM', 'incoming/m/utf16be.txt', utf16be(RELEASE), ingested],
  // Over the deployed limit (5 MiB): the event states the size, so it is refused unread.
  ['a 10 MB text', 'incoming/m/ten-megabytes.txt', text('word '.repeat(2 * MiB)), rejected('too-large')],
  // One line, no break; mostly one long token so the test stays light (see the report on prose cost).
  [
    'a 1 MB single line',
    'incoming/m/one-line.txt',
    text(`March 3, 2025 -- The Harbour Council met. ${'x'.repeat(MiB)}`),
    ingested,
  ],
  ['10,000 quotation marks', 'incoming/m/quotes.txt', text('"'.repeat(10_000)), ingested],
  [
    'unbalanced quotes',
    'incoming/m/unbalanced.txt',
    text(`${RELEASE}\n"The bridge opens at dawn, said Olsen.\n\nShe added: \u201cAnd closes \u00abnever.\n`),
    ingested,
  ],
  [
    'right-to-left text and emoji',
    'incoming/m/rtl-emoji.txt',
    text(
      `${RELEASE}\n\u0627\u0641\u062a\u062a\u0627\u062d \u0627\u0644\u062c\u0633\u0631 \u05e9\u05dc\u05d5\u05dd \ud83c\udf89\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67 \u202eevil\u202c \ud83c\uddec\ud83c\udde7\n`,
    ),
    ingested,
  ],
  ['a key with spaces', 'incoming/m/harbour council release.txt', text(RELEASE), ingested],
  ['a key with +', 'incoming/m/one+one=two.txt', text(RELEASE), ingested],
  ['a key with % (and what looks like an escape)', 'incoming/m/100% up %41%2B.txt', text(RELEASE), ingested],
  [
    'a Unicode key',
    'incoming/m/caf\u00e9 \u65b0\u95fb \u0645\u0631\u062d\u0628\u0627 \ud83d\udcf0.txt',
    text(RELEASE),
    ingested,
  ],
  ['a key of 1,000 characters', longKey('incoming/m/long-', 1_000), text(RELEASE), ingested],
  ['a key of 1,024 bytes (the S3 maximum)', longKey('incoming/m/max-', 1_024), text(RELEASE), ingested],
  // What the S3 console's "Create folder" leaves: not a release, and its status says why.
  ['a zero-byte folder marker', 'incoming/folder/', new Uint8Array(), rejected('unsupported-type')],
];

/** Fails on every delivery: the queue's receive limit must end it in the dead-letter queue. */
const POISON_KEY = 'incoming/m/poison.txt';

let stack: LocalStack;
let queries: ReleaseQueries;
let documents: DynamoDBDocumentClient;
let realHandler: SqsHandler | undefined;
const batches: BatchOutcome[] = [];
const stackErrors: unknown[] = [];

const put = (key: string, body: Uint8Array) =>
  stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.resources.bucket, Key: key, Body: body }));

/** Messages in the main queue, visible or in flight. */
async function queuedMessages(): Promise<number> {
  const { Attributes = {} } = await stack.clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: stack.resources.queueUrl,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  return Object.values(Attributes).reduce((sum, value) => sum + Number(value), 0);
}

beforeAll(async () => {
  stack = await startLocalStack({
    // Quick redelivery, so the poison message uses up its receives in seconds.
    visibilityTimeoutSeconds: 1,
    handler: failingForKey(encodeS3Key(POISON_KEY), () => {
      if (realHandler === undefined) throw new Error('the ingest handler is not loaded yet');
      return realHandler;
    }),
    onBatch: (outcome) => batches.push(outcome),
    onError: (error) => stackErrors.push(error),
  });
  // The real handler reads its configuration at import, as on Lambda: point it at this stack first.
  Object.assign(process.env, stack.env, {
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_METRICS_NAMESPACE: 'Pressline',
    POWERTOOLS_SERVICE_NAME: 'pressline-ingest',
  });
  ({ handler: realHandler } = await import('../../lambdas/handlers/ingest.ts'));
  documents = DynamoDBDocumentClient.from(stack.clients.dynamo);
  queries = createReleaseQueries(documents, stack.resources.table);

  await Promise.all([
    ...MATRIX.map(([, key, body]) => put(key, body)),
    // Outside the notification's prefix filter (`incoming/`).
    put('outgoing/release.txt', text(RELEASE)),
    put('incoming-not-quite/release.txt', text(RELEASE)),
  ]);
  await stack.settled(60_000);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('bad-input matrix: every object ends as a record or a rejected status naming the reason', () => {
  it.each(MATRIX)('%s', async (_name, key, _body, expected) => {
    const found = await queries.getRelease(key);
    if (expected.status === 'ingested') {
      expect(found?.status, JSON.stringify(found)).toBe('ingested');
      if (found?.status === 'ingested') {
        expect(found.release.key).toBe(key);
        expect(found.release.record.source).toBe(`s3://${stack.resources.bucket}/${key}`);
      }
    } else {
      expect(found).toMatchObject({ status: 'rejected', id: key, error: { code: expected.code } });
      if (found?.status === 'rejected') expect(found.error.message.length).toBeGreaterThan(0);
    }
  });

  it('reads the UTF-16 releases as the same text as the UTF-8 one', async () => {
    const plain = await queries.getRelease('incoming/m/harbour council release.txt');
    for (const key of ['incoming/m/utf16le.txt', 'incoming/m/utf16be.txt']) {
      const found = await queries.getRelease(key);
      if (found?.status !== 'ingested' || plain?.status !== 'ingested')
        throw new Error(`${key} not ingested`);
      expect(found.release.record.publishedDate).toBe('2025-03-03');
      expect({ ...found.release.record, source: '' }).toEqual({ ...plain.release.record, source: '' });
    }
  });

  it('ignores objects outside incoming/: the bucket notification only sends that prefix', async () => {
    for (const key of ['outgoing/release.txt', 'incoming-not-quite/release.txt']) {
      expect(await queries.getRelease(key)).toBeUndefined();
      expect(await readPartition(documents, stack.resources.table, key)).toEqual([]);
    }
    const delivered = batches.flatMap((batch) => batch.event.Records.map((record) => record.body));
    expect(
      delivered.filter((body) => body.includes('outgoing') || body.includes('incoming-not-quite')),
    ).toEqual([]);
  });

  it('never crashed the handler nor left a message to retry', async () => {
    expect(batches.filter((batch) => batch.error !== undefined)).toEqual([]);
    expect(batches.flatMap((batch) => batch.failedIds)).toEqual([]);
    expect(stackErrors).toEqual([]);
    expect(await queuedMessages()).toBe(0);
    expect(await listDeadLetters(stack.clients.sqs, stack.resources.deadLetterQueueUrl)).toEqual([]);
  });
});

describe('nothing is retried forever', () => {
  it('moves a message the handler always fails to the dead-letter queue after the receive limit', async () => {
    batches.length = 0;
    await put(POISON_KEY, text(RELEASE));
    await stack.settled(60_000);
    expect(await queuedMessages()).toBe(0);
    const deadLetters = await listDeadLetters(stack.clients.sqs, stack.resources.deadLetterQueueUrl);
    expect(deadLetters.map((letter) => letter.objects)).toEqual([
      [{ eventName: 'ObjectCreated:Put', key: POISON_KEY }],
    ]);
    // Delivered exactly MAX_RECEIVE_COUNT times, then no more.
    const receiveCounts = batches.flatMap((batch) => batch.failedReceiveCounts);
    expect(receiveCounts.sort()).toEqual(Array.from({ length: MAX_RECEIVE_COUNT }, (_, i) => i + 1));
    expect(await queries.getRelease(POISON_KEY)).toBeUndefined();
  });

  it('ends cleanly when an object is deleted before its event is processed', async () => {
    const key = 'incoming/m/deleted-at-once.txt';
    batches.length = 0;
    await put(key, text(RELEASE));
    await stack.clients.s3.send(new DeleteObjectCommand({ Bucket: stack.resources.bucket, Key: key }));
    await stack.settled(30_000);
    expect(await queries.getRelease(key)).toBeUndefined();
    expect(batches.flatMap((batch) => batch.failedIds)).toEqual([]);
    expect(await queuedMessages()).toBe(0);
  });
});
