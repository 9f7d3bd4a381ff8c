import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEnvLines } from './env-lines.ts';
import { resolveTarget } from './target.ts';

let folder: string;
const outputs = {
  BucketName: 'b-out',
  TableName: 't-out',
  QueueUrl: 'https://q',
  DeadLetterQueueUrl: 'https://d',
  Region: 'eu-west-3',
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressline-target-'));
  await writeFile(join(folder, 'one.json'), JSON.stringify({ 'Pressline-dev': outputs }));
  await writeFile(
    join(folder, 'two.json'),
    JSON.stringify({ 'Pressline-dev': outputs, 'Pressline-prod': outputs }),
  );
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const resolve = (env: Record<string, string>) => resolveTarget(env, { includeRunningLocalStack: false });

describe('resolveTarget', () => {
  it('takes the names from PRESSLINE_* variables first', async () => {
    const found = await resolve({
      PRESSLINE_BUCKET: 'b-env',
      PRESSLINE_TABLE: 't-env',
      PRESSLINE_QUEUE_URL: 'http://queue',
      PRESSLINE_OUTPUTS_FILE: join(folder, 'one.json'),
    });
    expect(found).toMatchObject({
      ok: true,
      target: { bucket: 'b-env', table: 't-env', queueUrl: 'http://queue' },
    });
  });

  it('reads the cdk outputs file when the variables are not set, with the stack region', async () => {
    const found = await resolve({ PRESSLINE_OUTPUTS_FILE: join(folder, 'one.json') });
    expect(found).toEqual({
      ok: true,
      target: {
        bucket: 'b-out',
        table: 't-out',
        queueUrl: 'https://q',
        deadLetterQueueUrl: 'https://d',
        env: { AWS_REGION: 'eu-west-3' },
        from: `${join(folder, 'one.json')} (Pressline-dev)`,
      },
    });
  });

  it('asks which stack when the outputs file holds several', async () => {
    const found = await resolve({ PRESSLINE_OUTPUTS_FILE: join(folder, 'two.json') });
    expect(found).toMatchObject({ ok: false, message: expect.stringContaining('PRESSLINE_STACK') });
    const chosen = await resolve({
      PRESSLINE_OUTPUTS_FILE: join(folder, 'two.json'),
      PRESSLINE_STACK: 'Pressline-prod',
    });
    expect(chosen).toMatchObject({ ok: true, target: { bucket: 'b-out' } });
  });

  it('says how to get a stack when there is none', async () => {
    const found = await resolve({ PRESSLINE_OUTPUTS_FILE: join(folder, 'missing.json') });
    expect(found).toMatchObject({ ok: false, message: expect.stringContaining('npm start') });
  });
});

describe('formatEnvLines', () => {
  it('prints export lines in a fixed order, quoting what the shell would split', () => {
    expect(
      formatEnvLines({
        PRESSLINE_TABLE: 'my table',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: 'http://127.0.0.1:4566',
      }),
    ).toBe(
      [
        'export AWS_ENDPOINT_URL=http://127.0.0.1:4566',
        'export AWS_REGION=us-east-1',
        "export PRESSLINE_TABLE='my table'",
      ].join('\n'),
    );
  });
});
