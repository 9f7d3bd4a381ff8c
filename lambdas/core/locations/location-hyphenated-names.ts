import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';

/** Prepositions after which a name is where something is or happens. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'inside', 'outside']);

/**
 * "the office in Libreville-Nombakélé", "at Tarvo-Ville": a hyphenated name after a preposition of place, and
 * qualifying no noun after it, is one place's name (a city and its quarter, a double name), not two places
 * paired in a modifier ("Malawi-Zambia cooperation", "the Kessu-Tarvo road").
 *
 * @example
 * isHyphenatedPlaceName(context, rangeOf('Libreville-Nombakélé')) // true in "The office in Libreville-Nombakélé opened."
 * isHyphenatedPlaceName(context, rangeOf('Kessu-Tarvo')) // false in "Work on the Kessu-Tarvo road began."
 */
export function isHyphenatedPlaceName(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  const before = termBefore(context, range);
  const after = termAfter(context, range);
  if (!last || !terms.some((term) => term.tags.has('Hyphenated'))) return false;
  const modifies =
    last.post === ' ' && after !== undefined && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  return before !== undefined && PLACE_PREPOSITIONS.has(before.text) && !modifies;
}
