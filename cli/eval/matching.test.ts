import { describe, expect, it } from 'vitest';
import { matchGreedy, matchMaximum } from './matching.ts';

describe('matchMaximum', () => {
  it('finds the largest one-to-one matching where a greedy pass would not', () => {
    // predicted 0 fits gold 0 and 1, predicted 1 fits only gold 0: the answer pairs 0-1 and 1-0.
    const allowed = new Set(['0:0', '0:1', '1:0']);
    const pairs = matchMaximum(2, 2, (p, g) => allowed.has(`${p}:${g}`));
    expect(pairs).toEqual([
      { predicted: 1, gold: 0 },
      { predicted: 0, gold: 1 },
    ]);
  });

  it('matches each gold item at most once', () => {
    expect(matchMaximum(3, 1, () => true)).toHaveLength(1);
    expect(matchMaximum(1, 3, () => true)).toHaveLength(1);
  });

  it('matches nothing when nothing is allowed or a side is empty', () => {
    expect(matchMaximum(2, 2, () => false)).toEqual([]);
    expect(matchMaximum(0, 4, () => true)).toEqual([]);
  });
});

describe('matchGreedy', () => {
  const scores = [
    [0.9, 0.6],
    [0.8, 0.4],
  ];
  const score = (p: number, g: number): number => scores[p]?.[g] ?? 0;

  it('takes the best pair first and never reuses an item', () => {
    expect(matchGreedy(2, 2, score, 0.5)).toEqual([{ predicted: 0, gold: 0 }]);
  });

  it('ignores pairs below the threshold', () => {
    expect(matchGreedy(2, 2, score, 0.95)).toEqual([]);
    expect(matchGreedy(2, 2, score, 0.3)).toEqual([
      { predicted: 0, gold: 0 },
      { predicted: 1, gold: 1 },
    ]);
  });
});
