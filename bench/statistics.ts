/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** The value below which `p` percent of the values fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/**
 * Growth per doubling of input size between two measurements: 2.0 is linear, 4.0 quadratic.
 *
 * @example
 * growthPerDoubling({ size: 1, ms: 10 }, { size: 4, ms: 40 }) // 2
 */
export function growthPerDoubling(
  small: { size: number; ms: number },
  large: { size: number; ms: number },
): number {
  const doublings = Math.log2(large.size / small.size);
  return (large.ms / small.ms) ** (1 / doublings);
}
