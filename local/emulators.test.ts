import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulators, type ObjectChange, startEmulators } from './emulators.ts';

let emulators: Emulators;
let s3: S3Client;
let workDir: string;
const bucket = 'byte-exact';
/** Content-Encoding and trailer of each request, to prove which wire format the test exercised. */
const sentEncodings: string[] = [];

beforeAll(async () => {
  emulators = await startEmulators();
  workDir = await mkdtemp(join(tmpdir(), 'pressline-emulators-'));
  s3 = new S3Client({
    endpoint: emulators.awsEndpoint,
    region: emulators.region,
    credentials: emulators.credentials,
    forcePathStyle: true,
  });
  s3.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      const headers = request.headers ?? {};
      sentEncodings.push(`${headers['content-encoding'] ?? ''} ${headers['x-amz-trailer'] ?? ''}`.trim());
      return next(args);
    },
    { step: 'finalizeRequest', name: 'recordContentEncoding' },
  );
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
});

afterAll(async () => {
  s3?.destroy();
  await emulators?.stop();
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

async function storedBytes(key: string): Promise<Buffer> {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// Non-ASCII in several scripts, a BOM, CRLF and a byte that is not UTF-8: any re-encoding shows.
const files: [string, Buffer][] = [
  ['ascii.txt', Buffer.from('Plain release text.\n')],
  ['accents.txt', Buffer.from('\uFEFFCafé « déjà » — Zürich, São Paulo, 東京, Київ\r\n', 'utf8')],
  ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße aus Köln', 'utf16le')])],
  ['binary.bin', Buffer.from([0x00, 0xff, 0x80, 0x0d, 0x0a, 0x30, 0x0d, 0x0a, 0x0d, 0x0a])],
  // Larger than one 64 KiB stream chunk, so the aws-chunked body has several chunks.
  ['large.txt', Buffer.from('Ünïcödé line of a long release.\n'.repeat(8_000), 'utf8')],
];

describe('startEmulators: S3 stores uploaded bytes exactly', () => {
  it.each(files)('a streamed upload of %s (aws-chunked body, trailing checksum)', async (name, bytes) => {
    const path = join(workDir, name);
    await writeFile(path, bytes);
    sentEncodings.length = 0;
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `stream/${name}`,
        Body: createReadStream(path),
        ContentLength: bytes.length,
      }),
    );
    expect(sentEncodings).toEqual([expect.stringMatching(/^aws-chunked x-amz-checksum-\w+$/)]);
    const stored = await storedBytes(`stream/${name}`);
    expect(stored.length).toBe(bytes.length);
    expect(sha256(stored)).toBe(sha256(bytes));
    expect(stored.equals(bytes)).toBe(true);
  });

  it.each(files)('a Buffer upload of %s', async (name, bytes) => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `buffer/${name}`, Body: bytes }));
    expect((await storedBytes(`buffer/${name}`)).equals(bytes)).toBe(true);
  });
});

describe('startEmulators: object changes', () => {
  it('reports uploads, overwrites and deletes, not reads', async () => {
    const seen: ObjectChange[] = [];
    const stopObserving = emulators.onObjectChange((change) => seen.push(change));
    const key = 'observed/a b.txt';
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'one' }));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'two' }));
    await storedBytes(key);
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    stopObserving();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'unobserved' }));
    expect(seen).toEqual([
      { bucket, key, kind: 'created' },
      { bucket, key, kind: 'created' },
      { bucket, key, kind: 'deleted' },
    ]);
  });
});

describe('startEmulators: DynamoDB Local', () => {
  it('answers a request', async () => {
    const dynamo = new DynamoDBClient({
      endpoint: emulators.dynamoEndpoint,
      region: emulators.region,
      credentials: emulators.credentials,
    });
    const tables = await dynamo.send(new ListTablesCommand({}));
    dynamo.destroy();
    expect(tables.TableNames).toEqual([]);
  });
});
