import { describe, expect, it } from 'vitest';
import { formatBytes, formatRatio, toMarkdownTable } from './report.ts';

describe('toMarkdownTable', () => {
  it('writes a header, a rule and one line per row, marking missed targets', () => {
    const table = toMarkdownTable([
      { measure: 'a', value: '1', target: '<= 2', met: true },
      { measure: 'b', value: '3', target: '<= 2', met: false },
      { measure: 'c', value: '4' },
    ]);
    expect(table.split('\n')).toEqual([
      '| measure | Pressline | baseline | ratio | target | met |',
      '| --- | --- | --- | --- | --- | --- |',
      '| a | 1 |  |  | <= 2 | yes |',
      '| b | 3 |  |  | <= 2 | **no** |',
      '| c | 4 |  |  |  |  |',
    ]);
  });
});

describe('formatters', () => {
  it.each([
    [512 * 1024, '512 KB'],
    [3 * 1024 * 1024, '3.00 MB'],
  ])('formatBytes(%d) = %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('formats a ratio with two decimals', () => {
    expect(formatRatio(1.456)).toBe('1.46x');
  });
});
