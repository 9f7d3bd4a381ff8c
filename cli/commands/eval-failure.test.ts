import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CommandOutput } from '../command-output.ts';
import { runEval } from './eval.ts';

// Stands in for an extractor with a bug on one release, to check eval keeps going and says so.
vi.mock('../extract-release-file.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../extract-release-file.ts')>();
  return {
    ...original,
    extractReleaseFile: async (path: string) => {
      if (path.endsWith('crash.txt')) throw new Error('boom', { cause: new Error('deep reason') });
      return original.extractReleaseFile(path);
    },
  };
});

let folder: string;
const gold = (id: string) =>
  JSON.stringify({
    id,
    source: 'hand-made',
    publishedDate: null,
    organizations: [],
    people: [],
    locations: [],
    dates: [],
    quotes: [],
    attendance: [{ count: 40, qualifier: 'exact', text: '40 people came' }],
  });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressline-eval-failure-'));
  await writeFile(join(folder, 'crash.txt'), 'Some words here.');
  await writeFile(join(folder, 'crash.gold.json'), gold('crash'));
  await writeFile(join(folder, 'fine.txt'), 'Some other words.');
  await writeFile(join(folder, 'fine.gold.json'), gold('fine'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('runEval with an extractor that throws', () => {
  it('scores the failed release as nothing found, reports the cause and exits 2', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    const output: CommandOutput = { out: (text) => lines.push(text), err: (text) => errors.push(text) };
    expect(await runEval(folder, { json: true }, output)).toBe(2);
    expect(errors).toContain('eval: crash: extractor failure: boom (cause: deep reason)');
    const report = JSON.parse(lines.join('\n'));
    expect(report.documents).toBe(2);
    expect(report.systems.pressline.fields.attendance.falseNegatives).toBeGreaterThanOrEqual(1);
  });
});
