import type { EntityTerm } from '../nlp/entity-terms.ts';
import { takesFullStop } from './legal-forms.ts';
import { closingMarkLength } from './name-quote-marks.ts';

/** What every entity rule may read: the working text and its words. */
export interface EntityContext {
  readonly text: string;
  readonly terms: readonly EntityTerm[];
  /** Long and short forms defined in parentheses ("Baltic Media Group (BMG)"), already entities. */
  readonly knownForms: ReadonlySet<string>;
  /** Acronyms the text defines as common nouns ("memorandums of understanding (MOUs)" gives "MOU"). */
  readonly commonAcronyms: ReadonlySet<string>;
}

/** A stretch of terms `from..to` (inclusive) the rules reason about. */
export interface TermRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The term before the range in the same sentence, or undefined.
 *
 * @example
 * termBefore(context, { from: 2, to: 3 })?.text // 'President' in 'Latvian President Jane Doe'
 */
export function termBefore(context: EntityContext, range: TermRange, distance = 1): EntityTerm | undefined {
  const first = context.terms[range.from];
  const term = context.terms[range.from - distance];
  return term && first && term.sentence === first.sentence ? term : undefined;
}

/**
 * The term after the range in the same sentence, or undefined.
 *
 * @example
 * termAfter(context, { from: 0, to: 1 })?.text // 'said' in 'Jane Doe said'
 */
export function termAfter(context: EntityContext, range: TermRange, distance = 1): EntityTerm | undefined {
  const last = context.terms[range.to];
  const term = context.terms[range.to + distance];
  return term && last && term.sentence === last.sentence ? term : undefined;
}

/**
 * The word before the range, or before its "the" ("by the City of Northport" gives "by"), and how
 * far back it is.
 *
 * @example
 * wordBeforeArticle(context, rangeOf('Old Mill')).term?.text // 'in' in 'in the Old Mill courtyard'
 */
export function wordBeforeArticle(
  context: EntityContext,
  range: TermRange,
): { readonly term: EntityTerm | undefined; readonly distance: number } {
  const before = termBefore(context, range);
  if (before?.text.toLowerCase() !== 'the') return { term: before, distance: 1 };
  return { term: termBefore(context, range, 2), distance: 2 };
}

/**
 * The terms of the range.
 *
 * @example
 * rangeTerms(context, { from: 0, to: 1 }).map((t) => t.text) // ['Jane', 'Doe']
 */
export function rangeTerms(context: EntityContext, range: TermRange): EntityTerm[] {
  return context.terms.slice(range.from, range.to + 1);
}

/**
 * The text of the range as written, without a final possessive "'s".
 *
 * @example
 * rangeText(context, { from: 0, to: 0 }) // 'Uganda' for "Uganda's"
 */
export function rangeText(context: EntityContext, range: TermRange): string {
  const first = context.terms[range.from];
  const last = context.terms[range.to];
  if (!first || !last) return '';
  const dotted = takesFullStop(last.text) && last.post.startsWith('.');
  const closing = closingMarkLength(rangeTerms(context, range));
  return context.text.slice(first.start, last.possessive ? last.end - 2 : last.end + (dotted ? 1 : closing));
}

/**
 * The lower-case words before the range, nearest last, within its sentence.
 *
 * @example
 * wordsBefore(context, { from: 3, to: 4 }, 2) // ['secretary', 'general']
 */
export function wordsBefore(context: EntityContext, range: TermRange, count: number): string[] {
  const words: string[] = [];
  for (let distance = count; distance >= 1; distance--) {
    const term = termBefore(context, range, distance);
    if (term) words.push(term.text.toLowerCase());
  }
  return words;
}
