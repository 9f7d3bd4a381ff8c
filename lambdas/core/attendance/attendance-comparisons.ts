import { clauseAround } from './attendance-clauses.ts';

/**
 * A comparison right before a bare count: "up from 51,000", "down from", "compared with", "rising
 * from". The count it introduces is what the same event counted before (a previous edition).
 */
const COMPARISON_BEFORE =
  /\b(?:(?:up|down) from|compared (?:with|to)|(?:rising|rose|risen|growing|grew|climbing|climbed|falling|fell|dropping|dropped) from)\s+$/i;
const COMPARISON_REACH = 24;
/**
 * How far apart the two counts may be: an earlier edition's count is of the same order as this one's
 * ("62,000 visitors, up from 51,000"); a count far smaller or larger compares something else ("30,000
 * visitors; tickets cost 12 euros, up from 10").
 */
const MAX_RATIO = 5;

/**
 * The text stating a count of the people an event drew before, compared with an attendance count
 * already found earlier in the sentence: from the comparison word to the end of its clause. Null when
 * the count at `start`-`end` follows no comparison, or no attendance count of the same order comes
 * before it.
 *
 * @example
 * const sentence = 'The fair drew 9,000 visitors, up from 7,500 last year.';
 * comparedCountText(sentence, 38, 43, 7500, [9000]) // 'up from 7,500 last year'
 * comparedCountText('Tickets cost 12 euros, up from 10.', 31, 33, 10, [9000]) // null: not of the order of 9,000
 */
export function comparedCountText(
  sentence: string,
  start: number,
  end: number,
  count: number,
  earlier: readonly number[],
): string | null {
  const before = sentence.slice(Math.max(0, start - COMPARISON_REACH), start);
  const comparison = COMPARISON_BEFORE.exec(before);
  if (comparison === null) return null;
  if (!earlier.some((found) => found <= count * MAX_RATIO && count <= found * MAX_RATIO)) return null;
  const textStart = start - before.length + comparison.index;
  const clause = clauseAround(sentence, start, end);
  const stop = sentence.slice(end, clause.end).search(/[,;:]/);
  const textEnd = stop < 0 ? clause.end : end + stop;
  return sentence.slice(textStart, textEnd).trimEnd();
}
