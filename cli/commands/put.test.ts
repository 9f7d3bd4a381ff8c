import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { type LocalStack, startLocalStack } from '../../local/local-stack.ts';
import { runPut } from './put.ts';

let stack: LocalStack;
let folder: string;
const saved = { ...process.env };

beforeAll(async () => {
  // A stand-in ingest function: this is about the upload, not about extraction.
  stack = await startLocalStack({ handler: async () => ({ batchItemFailures: [] }) });
  folder = await mkdtemp(join(tmpdir(), 'pressline-put-'));
  // `put` finds its target as a user's shell would after `eval "$(pressline env)"`.
  Object.assign(process.env, stack.env);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterAll(async () => {
  vi.restoreAllMocks();
  process.env = saved;
  await stack?.stop();
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

async function stored(key: string): Promise<Buffer> {
  const object = await stack.clients.s3.send(
    new GetObjectCommand({ Bucket: stack.resources.bucket, Key: key }),
  );
  return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
}

it('uploads files and the releases of folders under incoming/, byte for byte', async () => {
  const single = Buffer.from('\uFEFFUne dépêche — Genève, 3 mai 2025.\r\n', 'utf8');
  const nested = Buffer.from('# Títle\n\nMarkdown body ✓\n', 'utf8');
  await writeFile(join(folder, 'single release.txt'), single);
  await mkdir(join(folder, 'batch', 'more'), { recursive: true });
  await writeFile(join(folder, 'batch', 'more', 'deep.md'), nested);
  await writeFile(join(folder, 'batch', 'notes.json'), '{}');

  const exitCode = await runPut([join(folder, 'single release.txt'), join(folder, 'batch')]);

  expect(exitCode).toBe(0);
  expect((await stored('incoming/single release.txt')).equals(single)).toBe(true);
  expect((await stored('incoming/more/deep.md')).equals(nested)).toBe(true);
  await expect(stored('incoming/notes.json')).rejects.toThrow();
});

it('fails with exit code 1 when a path does not exist', async () => {
  expect(await runPut([join(folder, 'missing.txt')])).toBe(1);
});
