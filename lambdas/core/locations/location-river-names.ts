import { type EntityContext, type TermRange, termBefore } from '../entities/entity-context.ts';

/** Feature nouns that British usage writes in lower case before a river's or a lake's name ("the river Wye"). */
const LOWER_CASE_OPENERS = new Set(['river', 'lake']);

/**
 * "along the river Kessu": after "the", a lower-case "river" or "lake" right before a name is the first
 * word of that name, as "River" is in "the River Kessu". The range with it, or undefined.
 *
 * @example
 * withLowerCaseOpener(context, rangeOf('Kessu')) // range of 'river Kessu' in "along the river Kessu"
 */
export function withLowerCaseOpener(context: EntityContext, range: TermRange): TermRange | undefined {
  const opener = termBefore(context, range);
  const article = termBefore(context, range, 2);
  if (opener === undefined || article?.text.toLowerCase() !== 'the') return undefined;
  if (!LOWER_CASE_OPENERS.has(opener.text) || opener.post !== ' ') return undefined;
  return { from: range.from - 1, to: range.to };
}
