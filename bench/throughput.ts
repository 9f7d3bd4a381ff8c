import nlp from 'compromise';
import { extract } from '../lambdas/core/index.ts';
import type { BenchText } from './corpus-texts.ts';
import { median } from './statistics.ts';

export interface Throughput {
  readonly releases: number;
  readonly characters: number;
  readonly extractMs: number;
  readonly bareParseMs: number;
  readonly releasesPerSecond: number;
  readonly charactersPerSecond: number;
  /** Our extract time over a bare compromise parse of the same texts. */
  readonly ratio: number;
}

/**
 * Warm extraction throughput against a bare compromise parse of the same texts, each pass timed in
 * turn so that both see the same machine noise; medians over `rounds` passes after one warm-up pass.
 * The bare parse runs in the process whose compromise world holds Pressline's lexicon plugins: the
 * words they add do not change the cost of a parse measurably, and a separate process would add noise.
 */
export function measureThroughput(texts: readonly BenchText[], rounds: number): Throughput {
  const characters = texts.reduce((sum, t) => sum + t.text.length, 0);
  const timeAll = (run: (text: string) => unknown): number => {
    const started = performance.now();
    for (const { text } of texts) run(text);
    return performance.now() - started;
  };
  const parse = (text: string) => nlp(text);
  const extractOne = (text: string) => extract(text);
  timeAll(parse);
  timeAll(extractOne);
  const extractTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    parseTimes.push(timeAll(parse));
    extractTimes.push(timeAll(extractOne));
  }
  const extractMs = median(extractTimes);
  const bareParseMs = median(parseTimes);
  return {
    releases: texts.length,
    characters,
    extractMs,
    bareParseMs,
    releasesPerSecond: (texts.length / extractMs) * 1000,
    charactersPerSecond: (characters / extractMs) * 1000,
    ratio: extractMs / bareParseMs,
  };
}
