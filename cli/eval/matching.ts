/** Index pairs of a one-to-one matching: predicted item `predicted` goes with gold item `gold`. */
export interface MatchedPair {
  readonly predicted: number;
  readonly gold: number;
}

/**
 * The largest one-to-one matching between predicted and gold items where `canMatch` allows a pair
 * (augmenting paths, Kuhn's algorithm). Maximum rather than greedy, so a loose early match never
 * steals the only gold item a later prediction could have matched.
 *
 * @example
 * matchMaximum(2, 2, (p, g) => p === 0 || g === 1) // pairs { 0→0 } and { 1→1 }
 */
export function matchMaximum(
  predictedCount: number,
  goldCount: number,
  canMatch: (predicted: number, gold: number) => boolean,
): MatchedPair[] {
  const goldOwner = new Array<number>(goldCount).fill(-1);
  const tryAssign = (predicted: number, visited: boolean[]): boolean => {
    for (let gold = 0; gold < goldCount; gold++) {
      if (visited[gold] || !canMatch(predicted, gold)) continue;
      visited[gold] = true;
      const owner = goldOwner[gold] ?? -1;
      if (owner === -1 || tryAssign(owner, visited)) {
        goldOwner[gold] = predicted;
        return true;
      }
    }
    return false;
  };
  for (let predicted = 0; predicted < predictedCount; predicted++) {
    tryAssign(predicted, new Array<boolean>(goldCount).fill(false));
  }
  return goldOwner.flatMap((predicted, gold) => (predicted === -1 ? [] : [{ predicted, gold }]));
}

/**
 * A one-to-one matching that takes the best-scoring pairs first; pairs scoring below `threshold`
 * never match. Used for quotes, where a closer text should win.
 *
 * @example
 * matchGreedy(1, 2, (_p, g) => [0.6, 0.9][g] ?? 0, 0.5) // [{ predicted: 0, gold: 1 }]
 */
export function matchGreedy(
  predictedCount: number,
  goldCount: number,
  score: (predicted: number, gold: number) => number,
  threshold: number,
): MatchedPair[] {
  const candidates: { predicted: number; gold: number; score: number }[] = [];
  for (let predicted = 0; predicted < predictedCount; predicted++) {
    for (let gold = 0; gold < goldCount; gold++) {
      const value = score(predicted, gold);
      if (value >= threshold) candidates.push({ predicted, gold, score: value });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.predicted - b.predicted || a.gold - b.gold);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const { predicted, gold } of candidates) {
    if (usedPredicted.has(predicted) || usedGold.has(gold)) continue;
    usedPredicted.add(predicted);
    usedGold.add(gold);
    pairs.push({ predicted, gold });
  }
  return pairs.sort((a, b) => a.predicted - b.predicted);
}
