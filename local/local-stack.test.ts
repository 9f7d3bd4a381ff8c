import { DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { S3Event, SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GLOBAL_INDEXES, TABLE_KEY } from '../lambdas/model/table-schema.ts';
import { listDeadLetters, redriveDeadLetters } from './dead-letters.ts';
import { type LocalStack, startLocalStack } from './local-stack.ts';
import type { BatchOutcome } from './queue-poller.ts';
import { MAX_RECEIVE_COUNT } from './stack-definitions.ts';

// A stand-in ingest function: records what it is given and fails the keys a test names, so the
// queue's retry and dead-letter behaviour is observable without the extraction pipeline.
const invocations: SQSEvent[] = [];
const failingKeys = new Set<string>();
const outcomes: BatchOutcome[] = [];
let stack: LocalStack;

async function recordingHandler(event: SQSEvent) {
  invocations.push(event);
  const failures = event.Records.filter((record) => failingKeys.has(objectKeyOf(record))).map((record) => ({
    itemIdentifier: record.messageId,
  }));
  return { batchItemFailures: failures };
}

function objectKeyOf(record: SQSRecord): string {
  const event = JSON.parse(record.body) as S3Event;
  return event.Records[0]?.s3.object.key ?? '';
}

const records = () => invocations.flatMap((event) => event.Records);

beforeAll(async () => {
  stack = await startLocalStack({
    handler: recordingHandler,
    visibilityTimeoutSeconds: 1,
    onBatch: (outcome) => outcomes.push(outcome),
  });
});

afterAll(async () => {
  await stack?.stop();
});

beforeEach(() => {
  invocations.length = 0;
  outcomes.length = 0;
  failingKeys.clear();
});

const put = (key: string, body: string) =>
  stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.resources.bucket, Key: key, Body: body }));

describe('local stack resources', () => {
  it('creates the table with the key schema and indexes of table-schema.ts', async () => {
    const { Table } = await stack.clients.dynamo.send(
      new DescribeTableCommand({ TableName: stack.resources.table }),
    );
    expect(Table?.KeySchema).toEqual([
      { AttributeName: TABLE_KEY.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEY.sortKey, KeyType: 'RANGE' },
    ]);
    const indexes = (Table?.GlobalSecondaryIndexes ?? []).map((index) => [index.IndexName, index.KeySchema]);
    expect(indexes).toEqual(
      GLOBAL_INDEXES.map((index) => [
        index.indexName,
        [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
      ]),
    );
  });

  it('gives the queue a redrive policy to the dead-letter queue', async () => {
    const { Attributes } = await stack.clients.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: stack.resources.queueUrl,
        AttributeNames: ['RedrivePolicy'],
      }),
    );
    expect(JSON.parse(Attributes?.RedrivePolicy ?? '{}')).toEqual({
      deadLetterTargetArn: stack.resources.deadLetterQueueArn,
      maxReceiveCount: MAX_RECEIVE_COUNT,
    });
  });
});

describe('object changes reach the handler as S3 -> SQS -> Lambda delivers them', () => {
  it('wraps an upload as an SQS record holding an S3 event', async () => {
    await put('incoming/first release.txt', 'Twelve bytes');
    await stack.settled();
    expect(records()).toHaveLength(1);
    const record = records()[0] as SQSRecord;
    expect(record).toMatchObject({
      eventSource: 'aws:sqs',
      eventSourceARN: stack.resources.queueArn,
      awsRegion: stack.emulators.region,
      attributes: { ApproximateReceiveCount: '1' },
    });
    expect(record.messageId).not.toBe('');
    expect(record.receiptHandle).not.toBe('');
    const s3 = (JSON.parse(record.body) as S3Event).Records[0];
    expect(s3).toMatchObject({
      eventVersion: '2.1',
      eventName: 'ObjectCreated:Put',
      s3: {
        bucket: { name: stack.resources.bucket },
        object: { key: 'incoming/first+release.txt', size: 12 },
      },
    });
    expect(s3?.s3.object.eTag).toMatch(/^[0-9a-f]{32}$/);
  });

  it('ignores keys outside incoming/', async () => {
    await put('elsewhere/note.txt', 'not a release');
    await stack.settled();
    expect(records()).toEqual([]);
  });

  it('sends create, overwrite and delete of a key in order, with increasing sequencers', async () => {
    const key = 'incoming/changing.txt';
    await put(key, 'first version');
    await put(key, 'second, longer version');
    // The bridge reads size and ETag right after a change: a deletion racing that read would leave
    // only the deletion's event, so this test lets the uploads settle first.
    await stack.settled();
    await stack.clients.s3.send(new DeleteObjectCommand({ Bucket: stack.resources.bucket, Key: key }));
    await stack.settled();
    // Two pollers may deliver the messages in either order; the sequencer tells which change came last.
    const events = records()
      .map((record) => (JSON.parse(record.body) as S3Event).Records[0])
      .sort((a, b) => (a?.s3.object.sequencer ?? '').localeCompare(b?.s3.object.sequencer ?? ''));
    expect(new Set(events.map((event) => event?.s3.object.sequencer)).size).toBe(3);
    expect(events.map((event) => event?.eventName)).toEqual([
      'ObjectCreated:Put',
      'ObjectCreated:Put',
      'ObjectRemoved:Delete',
    ]);
    expect(events[1]?.s3.object.size).toBe(22);
  });

  it('retries a failed message alone and moves it to the dead-letter queue after the receive count', async () => {
    failingKeys.add('incoming/poison.txt');
    await put('incoming/poison.txt', 'always fails');
    await put('incoming/healthy.txt', 'succeeds');
    await stack.settled(30_000);
    const receivesOf = (key: string) => records().filter((record) => objectKeyOf(record) === key);
    expect(receivesOf('incoming/healthy.txt')).toHaveLength(1);
    expect(
      receivesOf('incoming/poison.txt').map((record) => record.attributes.ApproximateReceiveCount),
    ).toEqual(Array.from({ length: MAX_RECEIVE_COUNT }, (_, index) => String(index + 1)));
    // `pressline dlq` lists without consuming: twice the same, then a redrive empties the queue.
    const { deadLetterQueueUrl, queueUrl } = stack.resources;
    const listed = await listDeadLetters(stack.clients.sqs, deadLetterQueueUrl);
    expect(listed.map((letter) => letter.objects)).toEqual([
      [{ eventName: 'ObjectCreated:Put', key: 'incoming/poison.txt' }],
    ]);
    expect(await listDeadLetters(stack.clients.sqs, deadLetterQueueUrl)).toEqual(listed);
    failingKeys.clear();
    expect(await redriveDeadLetters(stack.clients.sqs, deadLetterQueueUrl, queueUrl)).toBe(1);
    await stack.settled();
    expect(await listDeadLetters(stack.clients.sqs, deadLetterQueueUrl)).toEqual([]);
    expect(receivesOf('incoming/poison.txt')).toHaveLength(MAX_RECEIVE_COUNT + 1);
  });
});

describe('the endpoint gateway', () => {
  it('serves DynamoDB and S3 on the one AWS_ENDPOINT_URL', async () => {
    const config = {
      endpoint: stack.env.AWS_ENDPOINT_URL ?? '',
      region: stack.emulators.region,
      credentials: stack.emulators.credentials,
    };
    const dynamo = new DynamoDBClient(config);
    const s3 = new S3Client({ ...config, forcePathStyle: true });
    const tables = await dynamo.send(new ListTablesCommand({}));
    const bytes = Buffer.from('via the gateway: ü\r\n', 'utf8');
    await s3.send(new PutObjectCommand({ Bucket: stack.resources.bucket, Key: 'other/gw.txt', Body: bytes }));
    const stored = await stack.clients.s3.send(
      new GetObjectCommand({ Bucket: stack.resources.bucket, Key: 'other/gw.txt' }),
    );
    dynamo.destroy();
    s3.destroy();
    expect(tables.TableNames).toContain(stack.resources.table);
    expect(Buffer.from((await stored.Body?.transformToByteArray()) ?? []).equals(bytes)).toBe(true);
  });

  it('is what SDK v3 clients built from the environment alone use, with AWS_ENDPOINT_URL the only endpoint', async () => {
    const saved = { ...process.env };
    try {
      for (const [name, value] of Object.entries(stack.env)) process.env[name] = value;
      for (const name of ['AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_SQS', 'AWS_ENDPOINT_URL_DYNAMODB'])
        delete process.env[name];
      const dynamo = new DynamoDBClient({});
      const s3 = new S3Client({});
      const sqs = new SQSClient({});
      const tables = await dynamo.send(new ListTablesCommand({}));
      await s3.send(
        new PutObjectCommand({ Bucket: stack.resources.bucket, Key: 'other/env.txt', Body: 'from env' }),
      );
      const queue = await sqs.send(new GetQueueUrlCommand({ QueueName: 'pressline-local-ingest' }));
      for (const client of [dynamo, s3, sqs]) client.destroy();
      expect(tables.TableNames).toContain(stack.resources.table);
      expect(queue.QueueUrl).toMatch(/\/pressline-local-ingest$/);
    } finally {
      process.env = saved;
    }
  });
});
