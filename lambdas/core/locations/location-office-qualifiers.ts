import type { EntityContext, TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { isPortfolioWord } from '../people/person-portfolios.ts';

/** Divisions whose officers' titles open with them ("District Health Officer", "County Water Engineer"). */
const OFFICE_DIVISIONS = new Set(['District', 'County', 'Regional', 'Provincial', 'Municipal']);

/**
 * "Kessu District Health Officer", "the Ondo State Health Commissioner": before a title, a field
 * ("Health") is the title's own word, and so is a division before it ("District Health"); the place is
 * the name before them. "Kessu County Prefect", with no field, keeps the division in the place's name.
 * The qualifier without the title's words, or the range itself.
 *
 * @example
 * withoutOfficeWords(context, rangeOf('Kessu District Health')) // range of 'Kessu'
 */
export function withoutOfficeWords(context: EntityContext, range: TermRange): TermRange {
  let to = range.to;
  while (to > range.from && isPortfolioWord(context.terms[to]?.text ?? '')) to--;
  const division = context.terms[to];
  if (to === range.to || division === undefined) return range;
  const officeDivision = to > range.from && isCapitalized(division) && OFFICE_DIVISIONS.has(division.text);
  return { from: range.from, to: officeDivision ? to - 1 : to };
}
