import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadEvalSet } from './load-eval-set.ts';

const gold = (id: string) =>
  JSON.stringify({
    id,
    source: 'hand-made',
    publishedDate: '2025-01-02',
    organizations: [{ name: 'Harbor Trust', aliases: [] }],
    people: [],
    locations: [],
    dates: ['2025-01-02'],
    quotes: [],
    attendance: [],
  });

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressline-evalset-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
}

describe('loadEvalSet', () => {
  it('pairs releases with .gold.json or .expected.json, sorted by id', async () => {
    await write({
      'b.txt': 'text',
      'b.gold.json': gold('b'),
      'a.md': '# text',
      'a.expected.json': gold('a'),
      'c.html': '<p>text</p>',
      'c.expected.json': gold('c'),
    });
    const set = await loadEvalSet(folder);
    expect(set.problems).toEqual([]);
    expect(set.documents.map((d) => [d.id, d.releasePath])).toEqual([
      ['a', join(folder, 'a.md')],
      ['b', join(folder, 'b.txt')],
      ['c', join(folder, 'c.html')],
    ]);
    expect(set.documents[0]?.gold.organizations[0]?.name).toBe('Harbor Trust');
  });

  it('skips releases without gold and reports orphan or broken gold files', async () => {
    await write({
      'README.md': '# about this folder',
      'orphan.gold.json': gold('orphan'),
      'broken.txt': 'text',
      'broken.gold.json': '{ not json',
      'wrong.txt': 'text',
      'wrong.gold.json': JSON.stringify({ id: 'wrong', dates: 'soon' }),
      'notes.csv': 'a,b',
    });
    const set = await loadEvalSet(folder);
    expect(set.documents).toEqual([]);
    expect(set.skipped).toEqual(['README.md']);
    expect(set.problems).toHaveLength(3);
    expect(set.problems.join('\n')).toMatch(/orphan\.gold\.json: no release file/);
    expect(set.problems.join('\n')).toMatch(/broken\.gold\.json: cannot read JSON/);
    expect(set.problems.join('\n')).toMatch(/wrong\.gold\.json: not a valid gold file/);
  });
});
