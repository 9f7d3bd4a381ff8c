import { describe, expect, it } from 'vitest';
import type { PressRecord } from '../../lambdas/model/press-record.ts';
import { formatRecordsTable } from './records-table.ts';
import { truncate } from './text-cells.ts';

const base: PressRecord = {
  source: 'samples/one.txt',
  publishedDate: '2025-03-03',
  dates: [],
  organizations: [
    { name: 'Eastvale Rowing Club', aliases: ['ERC'] },
    { name: 'Harbor Trust', aliases: [] },
  ],
  people: [{ name: 'Ines Okafor', aliases: [] }],
  locations: [{ name: 'Eastvale' }, { name: 'Lima' }],
  quotes: [],
  attendance: [
    { count: 40, qualifier: 'exact', text: '40 crew' },
    { count: 1200, qualifier: 'over', text: 'more than 1,200 fans' },
  ],
};

describe('formatRecordsTable', () => {
  it('prints one aligned row per release with counts, the largest attendance and first organizations', () => {
    const table = formatRecordsTable([
      base,
      { ...base, source: 'dir/two.md', publishedDate: null, organizations: [], attendance: [] },
      { source: 'dir/bad.pdf', error: { code: 'unsupported-type', message: 'not text' } },
    ]).split('\n');
    expect(table).toEqual([
      'file     published   orgs  people  places  quotes  attendance  first organizations',
      'one.txt  2025-03-03     2       1       2       0       >1200  ERC, Harbor Trust',
      'two.md   -              0       1       2       0           -  -',
      'bad.pdf  error: unsupported-type: not text',
      '3 releases',
    ]);
  });
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['International Atomic Energy Agency', 12, 'Internation\u2026'],
    ['\u{1F389}\u{1F389}\u{1F389}', 2, '\u{1F389}\u2026'],
    ['line\nbreak', 20, 'line break'],
  ])('%s at %i is %s', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
  });
});
