import type { EntityTerm } from '../nlp/entity-terms.ts';
import { takesFullStop } from './legal-forms.ts';
import { closingMarkLength } from './name-quote-marks.ts';

/** A run of capitalized words (with the small words names contain) that may name an entity. */
export interface NameSpan {
  /** Indices of the first and last term, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** The words as written, without a final possessive "'s". */
  readonly text: string;
}

/**
 * Builds the span of terms `from..to`, its text a slice of the working text.
 *
 * @example
 * makeSpan(terms, 0, 1, text).text // 'Jane Doe'
 */
export function makeSpan(terms: readonly EntityTerm[], from: number, to: number, text: string): NameSpan {
  const first = terms[from];
  const last = terms[to];
  if (!first || !last) throw new RangeError(`no terms ${from}..${to}`);
  // "Acme Ltd.": the abbreviation's full stop is part of the legal form.
  const dotted = takesFullStop(last.text) && last.post.startsWith('.');
  // "Joint Stock Company "Tarn Energo"": the mark that closes a quoted name inside the span is the name's.
  const closing = closingMarkLength(terms.slice(from, to + 1));
  const end = last.possessive ? last.end - 2 : last.end + (dotted ? 1 : closing);
  return { from, to, start: first.start, end, text: text.slice(first.start, end) };
}
