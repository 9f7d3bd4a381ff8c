import type { EntityTerm } from '../nlp/entity-terms.ts';
import { makeSpan, type NameSpan } from './name-span.ts';

/** An ordinal in figures ("6th", "10th", "21st"). */
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;

/**
 * "10th of Tarvo City", "6th of Kessu Bridge": a name opened by an ordinal in figures and "of", the day of
 * a month or a feast the place is named after, is written with them; the run of capitals starts after
 * them. A span that ends in a place's head takes them back; without a head ("the 6th of October") the
 * words are a date.
 *
 * @example
 * withOrdinalOpeners(terms, spans, text) // 'Tarvo City' becomes '10th of Tarvo City'
 */
export function withOrdinalOpeners(
  terms: readonly EntityTerm[],
  spans: readonly NameSpan[],
  text: string,
): NameSpan[] {
  return spans.map((span) => {
    const of = terms[span.from - 1];
    const ordinal = terms[span.from - 2];
    const head = terms[span.to];
    const opened =
      of?.text === 'of' &&
      of.post === ' ' &&
      ordinal !== undefined &&
      ordinal.post === ' ' &&
      ORDINAL.test(ordinal.text) &&
      span.to > span.from &&
      head?.tags.has('EntPlaceSuffix') === true;
    return opened ? makeSpan(terms, span.from - 2, span.to, text) : span;
  });
}
