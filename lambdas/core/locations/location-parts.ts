import { type EntityContext, rangeTerms, type TermRange, termBefore } from '../entities/entity-context.ts';
import { isPlaceTagged } from './location-tags.ts';

/** Nouns for what lies or lives within a place ("villages of X", "the coast of X"). */
const WITHIN_NOUNS = new Set([
  'residents',
  'inhabitants',
  'people',
  'peoples',
  'communities',
  'villages',
  'towns',
  'cities',
  'languages',
  'dialects',
  'parts',
  'areas',
  'districts',
  'provinces',
  'coast',
  'shores',
  'outskirts',
  'interior',
  'heart',
  'capital',
  'north',
  'south',
  'east',
  'west',
]);

/** What a place keeps ("the song tradition of Tembaru"), and a person too ("the heritage of Confucius"). */
const CULTURE_NOUNS = new Set([
  'culture',
  'cultures',
  'heritage',
  'tradition',
  'traditions',
  'cuisine',
  'folklore',
  'landscapes',
]);

/**
 * "30 languages of Tembaru", "the outskirts of Tembaru": what lies within a place, then "of" and a name.
 *
 * @example
 * isPartOfPlace(context, rangeOf('Tembaru')) // true in "the outskirts of Tembaru"
 */
export function isPartOfPlace(context: EntityContext, range: TermRange): boolean {
  const article = termBefore(context, range)?.text === 'the' ? 1 : 0;
  const of = termBefore(context, range, 1 + article);
  const noun = termBefore(context, range, 2 + article)?.text ?? '';
  const terms = rangeTerms(context, range);
  const proper = terms.every((term) => term.tags.has('ProperNoun') || isPlaceTagged(term));
  // "the coast of Tembaru", and with an article only for land and water ("the slopes of the Tembe").
  const person = terms.some((term) => term.tags.has('Person'));
  const within = WITHIN_NOUNS.has(noun) || (CULTURE_NOUNS.has(noun) && !person);
  const known = article === 0 ? within : TERRAIN_NOUNS.has(noun);
  return of?.text === 'of' && known && proper && terms.length <= 2;
}

/** Parts of a mountain range, a river or a sea, whose name often takes "the" ("both sides of the Tembe"). */
const TERRAIN_NOUNS = new Set([
  'side',
  'sides',
  'slopes',
  'foothills',
  'peaks',
  'summit',
  'foot',
  'banks',
  'bank',
  'shores',
  'shore',
  'coast',
  'mouth',
  'waters',
  'glaciers',
]);
