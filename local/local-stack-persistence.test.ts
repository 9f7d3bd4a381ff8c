import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalStack } from './local-stack.ts';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pressline-persist-'));
});

afterAll(async () => {
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

// The handler is a stand-in: this is about storage surviving a restart, not about extraction.
const quietHandler = async () => ({ batchItemFailures: [] });

it('keeps objects, items and queues in the data folder across a restart', async () => {
  const bytes = Buffer.from('kept across restarts: ø\n', 'utf8');
  const first = await startLocalStack({ dataDir, handler: quietHandler });
  const { bucket, table } = first.resources;
  await first.clients.s3.send(
    new PutObjectCommand({ Bucket: bucket, Key: 'incoming/kept.txt', Body: bytes }),
  );
  await first.clients.dynamo.send(
    new PutItemCommand({
      TableName: table,
      Item: { pk: { S: 'probe' }, sk: { S: 'probe' }, value: { S: 'kept' } },
    }),
  );
  await first.settled();
  await first.stop();

  const second = await startLocalStack({ dataDir, handler: quietHandler });
  try {
    const object = await second.clients.s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: 'incoming/kept.txt' }),
    );
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(bytes)).toBe(true);
    const item = await second.clients.dynamo.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: 'probe' }, sk: { S: 'probe' } } }),
    );
    expect(item.Item?.value).toEqual({ S: 'kept' });
    expect(second.resources.queueUrl).toBe(
      first.resources.queueUrl.replace(first.emulators.awsEndpoint, second.emulators.awsEndpoint),
    );
  } finally {
    await second.stop();
  }
}, 120_000);
