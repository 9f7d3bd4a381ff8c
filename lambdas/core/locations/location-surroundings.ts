import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { isLegalForm } from '../entities/legal-forms.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { TRAVEL_VERBS } from './location-travel.ts';

/*
 * Words around a name that mark it as a place although nothing in the name does: a compass point
 * after it ("Osk in the north"), a part of a town it owns ("Osk's riverside"), a neighbourhood noun
 * after it ("the Osk quarter"), the two ends of a way ("from Osk to Sorvik").
 */

/** Compass words that place a name within a larger area ("in the north", "in the far south-east"). */
const BEARINGS =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;

/**
 * "from Osk in the south to Marvik in the north", "Kessuvo, in the far west": a name followed by "in
 * the" and a compass point is where something is, within a larger area.
 *
 * @example
 * isPlacedByBearing(context, rangeOf('Marvik')) // true in "sites from Osk to Marvik in the north"
 */
export function isPlacedByBearing(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (last === undefined || last.possessive || !/^,?\s+$/.test(last.post)) return false;
  if (termAfter(context, range)?.text !== 'in' || termAfter(context, range, 2)?.text !== 'the') return false;
  const far = termAfter(context, range, 3)?.text === 'far' ? 1 : 0;
  const bearing = termAfter(context, range, 3 + far);
  // "in the north of the country", "in the north.": the bearing ends its phrase or takes "of".
  const next = termAfter(context, range, 4 + far);
  const ends =
    bearing !== undefined && (bearing.post.trim() !== '' || next === undefined || next.text === 'of');
  return bearing !== undefined && BEARINGS.test(bearing.text) && ends;
}

/** Lower-case nouns for a part of a town or a city ("Osk's riverside", "Osk's outskirts"). */
const TOWN_PARTS = new Set([
  'riverside',
  'waterfront',
  'seafront',
  'outskirts',
  'suburbs',
  'streets',
  'downtown',
  'skyline',
  'harbour',
  'harbor',
  'beaches',
  'promenade',
]);

/**
 * "along Osk's riverside", "on Sorvik's outskirts": a name whose possessive owns a part of a town.
 *
 * @example
 * ownsTownPart(context, rangeOf('Osk')) // true in "The route ran along Osk's riverside."
 */
export function ownsTownPart(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const part = termAfter(context, range);
  return last?.possessive === true && part !== undefined && TOWN_PARTS.has(part.text);
}

/** Lower-case nouns for an area within a town ("the Osk neighbourhood", "the Sorvik quarter"). */
const URBAN_AREAS = new Set([
  'neighbourhood',
  'neighborhood',
  'quarter',
  'suburb',
  'township',
  'borough',
  'ward',
  'area',
]);

/**
 * "the Osk neighbourhood", "the Sorvik quarter": a name written between "the" and a noun for an area
 * of a town names that area; "the suburb of Sorvik", "the Osk quarter of Sorvik": the name after the
 * noun and "of" is the town. Only names of proper nouns, not a people's adjective ("the Tarvian
 * quarter") nor an organization's word ("the Sales area").
 *
 * @example
 * namesUrbanArea(context, rangeOf('Osk')) // true in "Stalls filled the Osk neighbourhood."
 */
export function namesUrbanArea(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const noun = termAfter(context, range);
  if (!rangeTerms(context, range).every(isPlainProperNoun)) return false;
  // "the suburb of Sorvik", "the Osk quarter of Sorvik": the town an area belongs to.
  const of = termBefore(context, range);
  const area = termBefore(context, range, 2)?.text ?? '';
  if (of?.text === 'of' && URBAN_AREAS.has(area) && area !== 'area') return true;
  if (!last || !noun || last.possessive || last.post !== ' ' || !URBAN_AREAS.has(noun.text)) return false;
  // A lower-case "the": a capital one may open the sentence, where any noun is capitalized.
  if (termBefore(context, range)?.text !== 'the') return false;
  // "area" names a place only where a place is expected ("in the Osk area"), not "the Sales area".
  return noun.text !== 'area' || AREA_LOCATIVES.has(termBefore(context, range, 2)?.text.toLowerCase() ?? '');
}

/** Prepositions before "the X area" that make it a stretch of land. */
const AREA_LOCATIVES = new Set(['in', 'across', 'around', 'near', 'throughout', 'from', 'to']);

function isPlainProperNoun(term: EntityTerm): boolean {
  return (
    term.tags.has('ProperNoun') &&
    !term.tags.has('Plural') &&
    !term.tags.has('Demonym') &&
    !term.tags.has('EntOrgSuffix') &&
    !term.tags.has('Person')
  );
}

/** Tags of words that name a time or a person, never one end of a way ("from Monday to Friday"). */
const NOT_ENDPOINT_TAGS = ['Date', 'Month', 'WeekDay', 'Person', 'Honorific', 'EntOrgSuffix', 'Organization'];

/** Words a route's end may have at most ("from Osk to Sorvik Harbour"). */
const ENDPOINT_WORDS = 3;

/**
 * "the walk went from Osk to Sorvik": each end of a way between two names of one to three plain words,
 * after a noun of a way or a verb of going. Names of days, months, people or organizations ("from
 * Monday to Friday", "from Acme Ltd to Globex") are no places.
 *
 * @example
 * isRouteEnd(context, rangeOf('Sorvik')) // true in "The walk went from Osk to Sorvik."
 */
export function isRouteEnd(context: EntityContext, range: TermRange): boolean {
  if (!isEndpoint(context, range)) return false;
  const before = termBefore(context, range)?.text;
  if (before === 'from') {
    const to = termAfter(context, range);
    const other = context.terms[range.to + 2];
    return (
      to?.text === 'to' &&
      other !== undefined &&
      other.sentence === to.sentence &&
      isEndpointAt(context, range.to + 2) &&
      followsWayWord(context, range.from - 1)
    );
  }
  if (before !== 'to') return false;
  for (let from = range.from - 2; from >= Math.max(0, range.from - 1 - ENDPOINT_WORDS); from--) {
    const opener = context.terms[from - 1];
    if (opener?.text === 'from' && opener.sentence === context.terms[range.from]?.sentence)
      return isEndpoint(context, { from, to: range.from - 2 }) && followsWayWord(context, from - 1);
  }
  return false;
}

/**
 * Nouns of a way and verbs of going or stretching before "from ... to": "the walk went from", "a
 * road running from", "flights from". Not "went" alone: a prize goes "from Acme to Globex".
 */
const WAY_WORDS = new Set([
  'route',
  'road',
  'walk',
  'march',
  'parade',
  'procession',
  'relay',
  'race',
  'course',
  'trail',
  'journey',
  'trip',
  'trek',
  'ride',
  'flight',
  'flights',
  'line',
  'service',
  'highway',
  'railway',
  'stretch',
  'stretches',
  'stretched',
  'stretching',
  'runs',
  'running',
  'extends',
  'extended',
  'extending',
  'sites',
]);
/** How many words before "from" a way word may stand ("the relay route went all the way from"). */
const WAY_REACH = 4;

function followsWayWord(context: EntityContext, fromIndex: number): boolean {
  const sentence = context.terms[fromIndex]?.sentence;
  for (let index = fromIndex - 1; index >= Math.max(0, fromIndex - WAY_REACH); index--) {
    const term = context.terms[index];
    if (term === undefined || term.sentence !== sentence) return false;
    const word = term.text.toLowerCase();
    if (WAY_WORDS.has(word) || TRAVEL_VERBS.has(word)) return true;
  }
  return false;
}

/** Whether a name of one to three capitalized words, none of a time or a person, starts at `index`. */
function isEndpointAt(context: EntityContext, index: number): boolean {
  let to = index;
  while (
    to + 1 < index + ENDPOINT_WORDS &&
    /^\p{Lu}/u.test(context.terms[to + 1]?.text ?? '') &&
    context.terms[to]?.post === ' '
  )
    to++;
  return isEndpoint(context, { from: index, to });
}

function isEndpoint(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  return (
    terms.length > 0 &&
    terms.length <= ENDPOINT_WORDS &&
    terms.every(
      (term) => /^\p{Lu}\p{Ll}/u.test(term.text) && !NOT_ENDPOINT_TAGS.some((tag) => term.tags.has(tag)),
    )
  );
}

/**
 * "Velmar GmbH of Oskelburg": the name after a company's legal form and "of" is the company's seat.
 *
 * @example
 * isSeatOfCompany(context, rangeOf('Oskelburg')) // true in "parts from Velmar GmbH of Oskelburg"
 */
export function isSeatOfCompany(context: EntityContext, range: TermRange): boolean {
  const form = termBefore(context, range, 2);
  return termBefore(context, range)?.text === 'of' && form !== undefined && isLegalForm(form.text);
}
