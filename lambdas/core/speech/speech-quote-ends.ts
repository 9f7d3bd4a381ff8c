import type { VerbIndex } from '../nlp/speech-clauses.ts';
import type { QuotedSpan } from '../quotes/quote-marks.ts';
import type { Token } from './speech-tokens.ts';
import { matchSpeechVerb } from './speech-verbs.ts';

/** The index of the first quote that opens at or after `offset` (quotes in text order). */
export function firstQuoteFrom(quotes: readonly QuotedSpan[], offset: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((quotes[mid]?.openAt ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Where a quotation that closes right before `offset` ends (just after its closing mark), when only
 * spaces and commas stand between the two; null otherwise.
 *
 * @example
 * // 'it was "a beacon" and ...', offset at "and" → the offset after the closing mark
 */
export function quoteClosingBefore(
  text: string,
  quotes: readonly QuotedSpan[],
  offset: number,
): number | null {
  const quote = quotes[firstQuoteFrom(quotes, offset) - 1];
  const close = quote?.closeAt;
  if (close === null || close === undefined || close >= offset) return null;
  return /^[\s,]*$/u.test(text.slice(close + 1, offset)) ? close + 1 : null;
}

/**
 * A reported clause that ends in the speaker's quoted words and runs on into a new predicate of the
 * main subject ('stressed that trade was "the best bridge" and thanked the hosts'): where the reported
 * clause ends (after the closing mark), or null. The cue is "and" right after the closing mark,
 * then a past-tense verb that is no speech verb (a chained speech verb is read as its own statement).
 */
export function predicateAfterQuote(
  text: string,
  tokens: readonly Token[],
  index: number,
  quotes: readonly QuotedSpan[],
  verbs: VerbIndex,
): number | null {
  const and = tokens[index];
  const next = tokens[index + 1];
  if (and?.lower !== 'and' || next === undefined) return null;
  const end = quoteClosingBefore(text, quotes, and.start);
  if (end === null || !verbs.isPastTenseAt(next.start) || matchSpeechVerb(tokens, index + 1) !== null)
    return null;
  return end;
}
