import { type EntityContext, type TermRange, termBefore } from '../entities/entity-context.ts';

/*
 * Verbs of travel before "from", "to" or "for", whose object is a place ("flew back to Osk",
 * "departed for Sorvik", "travelled from Osk to Sorvik").
 */

/**
 * Verbs of travel or carriage, after which "from"/"to" takes a place ("travelled from Osk"). Not "go",
 * "come", "move" or "return": a prize goes, funding comes, a manager moves or returns, to a company.
 */
export const TRAVEL_VERBS: ReadonlySet<string> = new Set([
  'travel',
  'travels',
  'travelled',
  'traveled',
  'travelling',
  'traveling',
  'head',
  'heads',
  'headed',
  'heading',
  'fly',
  'flew',
  'flown',
  'flying',
  'drive',
  'drove',
  'driving',
  'sail',
  'sailed',
  'sailing',
  'blow',
  'blew',
  'blowing',
  'depart',
  'departs',
  'departed',
  'departing',
  'route',
  'journeyed',
  'rode',
  'walked',
  'marched',
  'evacuated',
  'transported',
  'arrive',
  'arrived',
  'arriving',
  'relocated',
  'shipped',
  'exported',
  'imported',
]);

/** Carriers named by the way they go, whose "from" or "to" takes a place ("ferries from Osk", "buses to Sorvik"). */
const CARRIER_NOUNS = new Set([
  'ferry',
  'ferries',
  'flight',
  'flights',
  'train',
  'trains',
  'bus',
  'buses',
  'shuttle',
  'shuttles',
  'tram',
  'trams',
]);

/** Adverbs that may stand between a verb of going and its preposition ("blowing in from", "flew back to"). */
const MOTION_PARTICLES = new Set([
  'in',
  'back',
  'out',
  'over',
  'down',
  'up',
  'home',
  'all',
  'directly',
  'off',
]);

/**
 * "travelled from Osk", "flew back to Sorvik", "sleet blowing in from the Marvik", "extra ferries from
 * Osk": "from" or "to" after a verb of going or a carrier takes a place more surely than either
 * preposition alone.
 *
 * @example
 * followsMotionVerb(context, rangeOf('Osk')) // true in "she travelled from Osk"
 */
export function followsMotionVerb(context: EntityContext, range: TermRange): boolean {
  let distance = 1;
  if (termBefore(context, range, distance)?.text === 'the') distance++;
  const preposition = termBefore(context, range, distance)?.text;
  if (preposition === 'to') {
    // "flew from Osk to Sorvik": the destination after a place of departure.
    const departure = routeStart(context, range.from - distance);
    if (departure !== undefined) return followsMotionVerb(context, { from: departure, to: departure });
  }
  if (preposition !== 'from' && preposition !== 'to') return false;
  const before = verbBefore(context, range, distance + 1);
  return TRAVEL_VERBS.has(before) || CARRIER_NOUNS.has(before);
}

/** The verb `distance` words before the range, or the one before it when an adverb stands between. */
function verbBefore(context: EntityContext, range: TermRange, distance: number): string {
  const word = termBefore(context, range, distance)?.text.toLowerCase() ?? '';
  return MOTION_PARTICLES.has(word)
    ? (termBefore(context, range, distance + 1)?.text.toLowerCase() ?? '')
    : word;
}

/** Verbs of setting out whose "for" takes a destination ("departed for Osk", "a ship bound for Osk"). */
const DEPARTURE_VERBS = new Set(['depart', 'departs', 'departed', 'departing', 'bound', 'sailed', 'set']);

/**
 * "departed for Osk", "set off for Osk", "a ferry bound for Osk": "for" after a verb of setting out
 * names where someone goes ("set aside for Acme" has no adverb of leaving, and is not read).
 *
 * @example
 * followsDepartureVerb(context, rangeOf('Osk')) // true in "the team departed for Osk"
 */
export function followsDepartureVerb(context: EntityContext, range: TermRange): boolean {
  const distance = termBefore(context, range)?.text === 'the' ? 2 : 1;
  if (termBefore(context, range, distance)?.text !== 'for') return false;
  const verb = verbBefore(context, range, distance + 1);
  // "set" leaves only with "off" or "out" ("set off for"), not in "set aside for".
  const particle = termBefore(context, range, distance + 1)?.text ?? '';
  return DEPARTURE_VERBS.has(verb) && (verb !== 'set' || particle === 'off' || particle === 'out');
}

/** In "from Osk Harbour to", the index of the first word of the name after "from", if "to" at `to` ends it. */
function routeStart(context: EntityContext, to: number): number | undefined {
  const sentence = context.terms[to]?.sentence;
  for (let index = to - 1; index >= Math.max(0, to - 4); index--) {
    const term = context.terms[index];
    if (!term || term.sentence !== sentence || !/^\p{Lu}/u.test(term.text)) return undefined;
    const before = context.terms[index - 1]?.text;
    if (before === 'from' || (before === 'the' && context.terms[index - 2]?.text === 'from')) return index;
  }
  return undefined;
}
