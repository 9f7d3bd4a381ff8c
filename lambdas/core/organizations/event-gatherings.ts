import type { EntityContext, TermRange } from '../entities/entity-context.ts';

/**
 * A verb of gathering people right after the name, then a count: "the Kessel Forum brought together about
 * 400 growers", "the Tarn Conference drew more than 900 delegates".
 */
const GATHERS_COUNT_AFTER =
  /^\s*(?:(?:has|have|had|will|also)\s+)?(?:brought together|drew|draws|attracted|attracts|gathered|welcomed|convened)\s+(?:(?:some|about|around|nearly|almost|over|more than|up to|roughly|approximately|close to)\s+)?\d[\d,.]*\s/i;

/**
 * People attending the name, or gathered for it, before it: "are attending the Tarn Conference", "took
 * part in the Kessel Forum", "delegates gathered in Tarvel on Monday for the Rail Forum".
 */
const ATTENDED_BEFORE =
  /\b(?:attend(?:s|ed|ing)?|took part in|taking part in|participat(?:ed|ing) in|gathered\b[^.;,]{0,60}?\bfor)\s+the\s+$/iu;

/** An edition's own title in quotation marks, with its year: `the Rail Forum "Amber Gate 2026"`. */
const EDITION_TITLE_AFTER = /^\s*["“][^"”\n]{1,60}\b(?:19|20)\d\d["”]/u;

/** An edition's short form in parentheses, with its year: "(TCC 2026)", "(Expo-2030)". */
const EDITION_SHORT_FORM_AFTER = /^\s*\(\p{Lu}[\p{L}\d&-]*[\s-]?(?:19|20)\d\d\)/u;

/**
 * Whether the name is followed by the short form of one of its editions, year and all: "the Tarn
 * Catalysis Conference (TCC 2026)" names an event; a body's short form has no year.
 *
 * @example
 * hasEditionShortForm(context, rangeOf('Tarn Catalysis Conference')) // true in '... Conference (TCC 2026)'
 */
export function hasEditionShortForm(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  return last !== undefined && EDITION_SHORT_FORM_AFTER.test(context.text.slice(last.end, last.end + 40));
}

/**
 * Whether the text around a meeting's name says people gather for it: a count after a verb of
 * gathering, people attending it, or the title of its edition after it. Such a name is an event, not the
 * body that holds it.
 *
 * @example
 * gathersPeople(context, rangeOf('Kessel Forum')) // true in 'the Kessel Forum drew 400 growers'
 * gathersPeople(context, rangeOf('Kessel Forum')) // false in 'the Kessel Forum said it would appeal'
 */
export function gathersPeople(context: EntityContext, range: TermRange): boolean {
  const first = context.terms[range.from];
  const last = context.terms[range.to];
  if (!first || !last) return false;
  const after = context.text.slice(last.end, last.end + 120);
  const before = context.text.slice(Math.max(0, first.start - 120), first.start);
  return GATHERS_COUNT_AFTER.test(after) || ATTENDED_BEFORE.test(before) || EDITION_TITLE_AFTER.test(after);
}
