import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../lambdas/adapters/decode-text.ts';
import { readReleaseFile } from './read-release-file.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressline-read-'));
  await writeFile(join(folder, 'utf16.txt'), Uint8Array.of(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69));
  await writeFile(join(folder, 'page.htm'), '<h2>Title</h2><p>Body &amp; more.</p>');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readReleaseFile', () => {
  it('decodes UTF-16 BE with a BOM', async () => {
    expect(await readReleaseFile(join(folder, 'utf16.txt'))).toEqual({ ok: true, text: 'Hi' });
  });

  it('converts HTML to paragraphs of text', async () => {
    expect(await readReleaseFile(join(folder, 'page.htm'))).toEqual({
      ok: true,
      text: 'Title\n\nBody & more.',
    });
  });

  it('says not-found for a missing file and read-failed for a directory', async () => {
    expect(await readReleaseFile(join(folder, 'nope.txt'))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await readReleaseFile(folder)).toMatchObject({ ok: false, code: 'read-failed' });
  });
});

describe('readReleaseFile size limit', () => {
  it('refuses a file over the limit as too-large', async () => {
    const path = join(folder, 'huge.txt');
    await writeFile(path, 'a'.repeat(DEFAULT_MAX_BYTES + 1));
    expect(await readReleaseFile(path)).toMatchObject({ ok: false, code: 'too-large' });
  });
});
