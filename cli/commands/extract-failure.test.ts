import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectedOutput } from '../command-output.ts';
import { runExtract } from './extract.ts';

// Stands in for an extractor with a bug on one release: no emulator or input can produce it on demand.
vi.mock('../extract-release-file.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../extract-release-file.ts')>();
  return {
    ...original,
    extractReleaseFile: async (path: string) => {
      if (path.endsWith('crash.txt')) throw new Error('boom');
      return original.extractReleaseFile(path);
    },
  };
});

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressline-extract-failure-'));
  await writeFile(join(folder, 'crash.txt'), 'Some words here.');
  await writeFile(join(folder, 'fine.txt'), 'Over 40 guests attended the opening.');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('runExtract --jsonl with an extractor that throws', () => {
  it('still prints one line per file, in order, the failed one as an extract-failed error, and exits 2', async () => {
    const output = collectedOutput();
    const { lines, errors } = output;
    const paths = [join(folder, 'crash.txt'), join(folder, 'fine.txt')];

    const exitCode = await runExtract(paths, { jsonl: true }, output);

    expect(exitCode).toBe(2);
    expect(lines).toHaveLength(2);
    const [failed, fine] = lines.map((line) => JSON.parse(line));
    expect(failed).toEqual({
      source: paths[0],
      error: { code: 'extract-failed', message: expect.any(String) },
    });
    expect(fine.source).toBe(paths[1]);
    expect(fine.attendance[0].count).toBe(40);
    expect(errors.join('\n')).toContain('boom');
  });
});
