import { describe, expect, it } from 'vitest';
import { dateSortKey } from './item-keys.ts';
import { decodeCursor, encodeCursor, monthsDescending, pageSizeOf, upperBoundOfDay } from './query-plan.ts';

describe('monthsDescending', () => {
  it.each([
    ['2024-11', '2025-02', ['2025-02', '2025-01', '2024-12', '2024-11']],
    ['2025-03', '2025-03', ['2025-03']],
    ['2025-04', '2025-03', []],
  ])('%s .. %s', (from, to, expected) => {
    expect(monthsDescending(from, to)).toEqual(expected);
  });
});

describe('sort key bounds', () => {
  it('put every release of the last day below the upper bound, and the next day above it', () => {
    const bound = upperBoundOfDay('2025-06-18');
    expect(dateSortKey('2025-06-18', 'incoming/zzz~~~.txt') < bound).toBe(true);
    expect(dateSortKey('2025-06-19', 'incoming/a.txt') > bound).toBe(true);
  });
});

describe('cursors', () => {
  it('round-trip a sort key, Unicode included', () => {
    const key = '2025-06-18#incoming/新闻 final.txt';
    expect(decodeCursor(encodeCursor(key))).toBe(key);
  });

  it.each([['garbage!'], [Buffer.from('{"after":5}').toString('base64url')], ['']])('refuse %j', (cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });
});

describe('pageSizeOf', () => {
  it.each([
    [undefined, 20],
    [0, 1],
    [7, 7],
    [1000, 100],
  ])('%j -> %i', (limit, expected) => {
    expect(pageSizeOf(limit)).toBe(expected);
  });
});
