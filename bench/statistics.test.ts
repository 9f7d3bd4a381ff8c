import { describe, expect, it } from 'vitest';
import { growthPerDoubling, median, percentile } from './statistics.ts';

describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it.each([
    [50, 50],
    [95, 95],
    [100, 100],
    [1, 1],
  ])('p%d of 1..100 is %d', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });
});

describe('growthPerDoubling', () => {
  it.each([
    [{ size: 10, ms: 5 }, { size: 80, ms: 40 }, 2],
    [{ size: 10, ms: 5 }, { size: 40, ms: 80 }, 4],
  ])('%j -> %j grows %d per doubling', (small, large, expected) => {
    expect(growthPerDoubling(small, large)).toBeCloseTo(expected, 6);
  });
});
