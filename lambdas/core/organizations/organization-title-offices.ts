import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';
import { isTitleWord } from '../people/person-words.ts';

/**
 * "Mayor's Office, Tarvel", "Office of the Governor | Press Office": the office of a title, with no place
 * or body of its own named, opening a line (a label in a header or a sign-off), is the unit that serves
 * whoever holds it, no organization; "Governor's Office of Kessu" names where it serves, and "signed at
 * the Office of the Prime Minister" names the office in a sentence: both stay.
 *
 * @example
 * isTitleOffice(context, rangeOf("Mayor's Office")) // true
 * isTitleOffice(context, rangeOf("Governor's Office of Kessu")) // false
 */
export function isTitleOffice(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  if (!opensLine(context, range)) return false;
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

/** Whether the name opens its line, after nothing but spaces or emphasis marks. */
function opensLine(context: EntityContext, range: TermRange): boolean {
  const first = context.terms[range.from];
  if (!first) return false;
  // Walks back over spaces and marks only: a look back to the line's start would cross a long line.
  for (let i = first.start - 1; i >= 0; i--) {
    const char = context.text[i] as string;
    if (char === '\n') return true;
    if (!/[\s*_]/.test(char)) return false;
  }
  return true;
}
