import { type EntityContext, rangeTerms, type TermRange } from './entity-context.ts';
import { isTitleWord } from './person-words.ts';

/**
 * "Mayor's Office", "Office of the Governor": the office of a title, with no place or body of its own
 * named, is the unit that serves whoever holds it (a label in a header or a sign-off), no organization;
 * "Governor's Office of Kessu" names where it serves, and stays one.
 *
 * @example
 * isTitleOffice(context, rangeOf("Mayor's Office")) // true
 * isTitleOffice(context, rangeOf("Governor's Office of Kessu")) // false
 */
export function isTitleOffice(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const [first, second, ...rest] = terms;
  if (!first || !second) return false;
  // "Mayor's Office"
  if (rest.length === 0) return first.possessive && isTitleWord(first) && second.text === 'Office';
  // "Office of the Mayor", "Office of the Deputy Governor"
  const titles = rest[0]?.text === 'the' ? rest.slice(1) : rest;
  return (
    first.text === 'Office' &&
    second.text === 'of' &&
    titles.length > 0 &&
    titles.every((term) => isTitleWord(term) && !term.possessive)
  );
}
