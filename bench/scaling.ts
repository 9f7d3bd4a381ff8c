import { extract } from '../lambdas/core/index.ts';
import { growthPerDoubling, median } from './statistics.ts';

export interface ScalingPoint {
  readonly size: number;
  readonly ms: number;
}

export interface Scaling {
  readonly input: string;
  readonly points: readonly ScalingPoint[];
  /** Worst growth per doubling between consecutive sizes (2.0 is linear). */
  readonly worstGrowth: number;
}

/** Times `extract` on inputs of growing size made by `make`, a median of `runs` runs per size. */
export function measureScaling(
  input: string,
  sizes: readonly number[],
  make: (size: number) => string,
  runs: (size: number) => number,
): Scaling {
  const points = sizes.map((size) => {
    const text = make(size);
    const times = Array.from({ length: runs(size) }, () => {
      const started = performance.now();
      extract(text);
      return performance.now() - started;
    });
    return { size, ms: median(times) };
  });
  const growths = points.slice(1).map((point, i) => growthPerDoubling(points[i] ?? point, point));
  return { input, points, worstGrowth: Math.max(...growths) };
}

/** Inputs that stress the extractor's patterns: a linear extractor handles each in time linear in size. */
export const PATHOLOGICAL_INPUTS: Record<string, (size: number) => string> = {
  'quotation marks': (size) => '"'.repeat(size),
  'alternating quotes': (size) => 'a "b" '.repeat(Math.ceil(size / 6)).slice(0, size),
  'one long line': (size) =>
    'Over 150 guests from Acme Group attended, said Jane Doe '.repeat(size / 50).slice(0, size),
  'capitalized words': (size) => 'Alpha Beta Gamma Delta '.repeat(Math.ceil(size / 23)).slice(0, size),
  'unclosed parentheses': (size) => 'The Agency (TA '.repeat(Math.ceil(size / 15)).slice(0, size),
  // A pattern that retries from every character of a word (a run of non-spaces before an "@") is
  // quadratic only on a word this long.
  'one long word': (size) => 'ab.cd-ef'.repeat(Math.ceil(size / 8)).slice(0, size),
};
