import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';

/** Heads of a state's formal name ("the Kyrgyz Republic", "the Kingdom of Tembe"). */
const STATE_HEADS = new Set(['Republic', 'Kingdom', 'Sultanate', 'Principality', 'Emirate', 'Emirates']);

/** Words of a state's formal name before its head, at most this many ("Lao People's Democratic Republic"). */
const MAX_QUALIFIERS = 4;

function isQualifier(term: EntityTerm): boolean {
  return (
    isCapitalized(term) &&
    !term.tags.has('EntTitle') &&
    !term.tags.has('EntOrgSuffix') &&
    !term.tags.has('Honorific') &&
    !STATE_HEADS.has(term.text)
  );
}

/**
 * Whether the words are a state's formal name: qualifiers and a head ("Kyrgyz Republic"), or a head,
 * "of" and the state's short name ("Islamic Republic of Tembe", "Republic of Tembe").
 *
 * @example
 * isStateName(context, rangeOf('Kyrgyz Republic')) // true
 * isStateName(context, rangeOf('Republic Day')) // false
 */
export function isStateName(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const head = terms.findIndex((term) => STATE_HEADS.has(term.text));
  if (head < 0 || head > MAX_QUALIFIERS || !terms.slice(0, head).every(isQualifier)) return false;
  const rest = terms.slice(head + 1);
  if (rest.length === 0) return head > 0;
  if (rest[0]?.text !== 'of') return false;
  const name = rest[1]?.text === 'the' ? rest.slice(2) : rest.slice(1);
  return (
    name.length > 0 && name.length <= 4 && name.every((term) => isQualifier(term) || term.text === 'and')
  );
}

/**
 * "Minister of Transport of the Kyrgyz Republic": the state named at the end of a title, after "of".
 * The range of its name, or undefined when the title ends in none.
 *
 * @example
 * stateNamedAtEnd(context, rangeOf('Foreign Affairs of the Republic of Tembe')) // range of 'Republic of Tembe'
 */
export function stateNamedAtEnd(context: EntityContext, range: TermRange): TermRange | undefined {
  for (let index = range.from + 1; index < range.to; index++) {
    if (context.terms[index]?.text !== 'of') continue;
    const from = context.terms[index + 1]?.text === 'the' ? index + 2 : index + 1;
    const tail = { from, to: range.to };
    if (from <= range.to && isStateName(context, tail)) return tail;
  }
  return undefined;
}

/** Heads of a federal state's name after its people's adjective ("the Russian Federation"). */
const FEDERAL_HEADS = new Set(['Federation', 'Confederation']);

/**
 * "the Russian Federation", "the Swiss Confederation": a people's adjective and a federation's head,
 * alone, name a state. "Federation" heads bodies too, but a body's name says what it federates
 * ("Kessu Football Federation", "Federation of Tembe Employers"); a people's adjective alone before
 * it is the state's.
 *
 * @example
 * isFederalStateName(context, rangeOf('Russian Federation')) // true
 * isFederalStateName(context, rangeOf('Tembe Rugby Federation')) // false
 */
export function isFederalStateName(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const [people, head] = terms;
  return (
    terms.length === 2 &&
    people !== undefined &&
    head !== undefined &&
    people.tags.has('Demonym') &&
    isCapitalized(people) &&
    FEDERAL_HEADS.has(head.text)
  );
}

/**
 * "Kaduna State", "the Ondo State Governor": "State" after a place's name, as a federation's states are
 * named, is the last word of that name, not the "State" of a title ("Secretary of State", "State
 * Counsellor"). True when the word at `index` is that "State": every word before it is capitalized and
 * a place the gazetteer knows (a word compromise calls a place only from its neighbours may be a people's
 * adjective it does not know: "the Tarvelan State Counsellor").
 *
 * @example
 * isStateOfPlace(termsOf('Kaduna State Governor'), 1) // true
 * isStateOfPlace(termsOf('Minister of State'), 2) // false
 */
export function isStateOfPlace(terms: readonly EntityTerm[], index: number): boolean {
  const before = terms.slice(0, index);
  return (
    terms[index]?.text === 'State' &&
    before.length >= 1 &&
    before.length <= 2 &&
    before.every(
      (term) =>
        isCapitalized(term) &&
        !term.possessive &&
        term.tags.has('EntLexPlace') &&
        !term.tags.has('EntTitle') &&
        !term.tags.has('Demonym'),
    )
  );
}
