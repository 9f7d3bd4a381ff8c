import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { qualifiesStateGroup } from './location-group-modifiers.ts';

/**
 * Seas, oceans and world regions that the text names by a word that is also an adjective ("the
 * Atlantic", "the Caribbean", "the Gulf"), and regions of several countries compromise's lexicon does not
 * know ("Latin America", "the Sahel"). A closed class of world geography, written lower case with spaces
 * for hyphens, as `regionKey` normalizes a name.
 */
const WORLD_REGIONS = new Set([
  'atlantic',
  'pacific',
  'arctic',
  'antarctic',
  'mediterranean',
  'caribbean',
  'baltic',
  'adriatic',
  'aegean',
  'gulf',
  'arabian gulf',
  'persian gulf',
  'black sea',
  'north sea',
  'south china sea',
  'sahel',
  'sahara',
  'balkans',
  'western balkans',
  'caucasus',
  'south caucasus',
  'levant',
  'maghreb',
  'mashreq',
  'andes',
  'himalayas',
  'alps',
  'amazon',
  'middle east',
  'near east',
  'far east',
  'latin america',
  'central america',
  'south america',
  'north america',
  'sub saharan africa',
  'horn of africa',
  'great lakes',
  'scandinavia',
  'nordics',
  'oceania',
  'melanesia',
  'polynesia',
  'micronesia',
  'pacific islands',
  'south pacific',
  'indo pacific',
  'asia pacific',
  'arabian peninsula',
  'iberian peninsula',
  'korean peninsula',
  'southeast asia',
  'south east asia',
  'south east europe',
  'southeast europe',
  'south eastern europe',
  'americas',
]);

/** States that no longer exist, named as places in history ("the former Yugoslavia", "the Soviet Union"). */
const FORMER_STATES = new Set([
  'yugoslavia',
  'czechoslovakia',
  'soviet union',
  'ussr',
  'east germany',
  'west germany',
  'ottoman empire',
  'austria hungary',
  'prussia',
  'rhodesia',
  'zaire',
  'ceylon',
  'siam',
  'persia',
]);

/** Words one region's name starts with and that are not a place alone ("the Americas", "the former"). */
const LEADING_ARTICLES = /^(?:the|former)\s+/;

function regionKey(context: EntityContext, range: TermRange): string {
  const words = rangeTerms(context, range).map((term) => term.text.toLowerCase().replace(/-/g, ' '));
  return words.join(' ').replace(LEADING_ARTICLES, '');
}

/**
 * "North-East", "South-West", "Sub-Saharan": a hyphenated compass point, which opens a region's name
 * and pairs no two places.
 *
 * @example
 * isCompassCompound('South-East') // true; isCompassCompound('Malawi-Zambia') // false
 */
export function isCompassCompound(word: string): boolean {
  return /^(?:(?:North|South)-(?:East|West)(?:ern)?|Sub-Saharan|Trans-Pacific|Indo-Pacific|Asia-Pacific)$/.test(
    word,
  );
}

/**
 * Whether the name is a sea, ocean, world region or former state used as a noun: after "the", a
 * preposition or "former" when it is one word that is also an adjective ("across the Atlantic", "in the
 * Gulf"), anywhere when longer ("Latin America"), and never before a lower-case noun it qualifies
 * ("Atlantic salmon", "the Baltic states", "Caribbean cuisine").
 *
 * @example
 * isWorldRegionNoun(context, rangeOf('Atlantic')) // true in "a bridge across the Atlantic."
 * isWorldRegionNoun(context, rangeOf('Atlantic')) // false in "Atlantic salmon is farmed here."
 */
export function isWorldRegionNoun(context: EntityContext, range: TermRange): boolean {
  const key = regionKey(context, range);
  if (!WORLD_REGIONS.has(key) && !FORMER_STATES.has(key)) return false;
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  const after = termAfter(context, range);
  const qualifies =
    last !== undefined &&
    last.post === ' ' &&
    !last.possessive &&
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    (after.tags.has('Noun') || after.tags.has('Adjective')) &&
    !after.tags.has('Pronoun');
  // "the Gulf states": compromise may read the plural noun as a verb.
  if (qualifies || qualifiesStateGroup(context, range)) return false;
  if (key.includes(' ') || FORMER_STATES.has(key)) return true;
  const before = termBefore(context, range)?.text.toLowerCase() ?? '';
  return before === 'the' || before === 'former';
}
