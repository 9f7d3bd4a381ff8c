import type { EntityTerm } from '../nlp/entity-terms.ts';

/** Compass points that open the name of a part of a place ("East Coast", "West Bank", "North Shore"). */
export const COMPASS_POINTS: ReadonlySet<string> = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
]);

/** Nouns of a side or an edge of a place, a river or a lake ("Coast", "Bank", "Shore"). */
const SIDE_NOUNS = new Set(['Coast', 'Bank', 'Shore', 'Side', 'End']);

/**
 * Whether the words are a compass point and the noun of a side ("East Coast", "West Bank"): the opening
 * of a part of a place, whose name goes on after "of" ("the East Coast of Tarvo").
 *
 * @example
 * isCompassSide(['East', 'Bank']) // true; isCompassSide(['Coast']) // false
 */
export function isCompassSide(words: readonly string[]): boolean {
  const side = words[words.length - 1] ?? '';
  const compass = words.slice(0, -1);
  return compass.length === 1 && COMPASS_POINTS.has(compass[0] ?? '') && SIDE_NOUNS.has(side);
}

/**
 * Whether the words name the side of a place by its compass point: "the East Coast of Tarvo", "the West
 * Bank of the Orvo", "the North Shore of Lake Kessu": one place, not a coast and a place.
 *
 * @example
 * isCompassSideOf(terms of 'East Bank of the Orvo') // true
 */
export function isCompassSideOf(terms: readonly EntityTerm[]): boolean {
  const of = terms.findIndex((term) => term.text === 'of');
  const named = terms.slice(terms[of + 1]?.text === 'the' ? of + 2 : of + 1);
  return (
    of === 2 &&
    isCompassSide(terms.slice(0, of).map((term) => term.text)) &&
    named.length >= 1 &&
    named.length <= 3 &&
    named.every((term) => /^\p{Lu}/u.test(term.text))
  );
}
