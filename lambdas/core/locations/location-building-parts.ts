import { type EntityContext, rangeTerms, type TermRange, termBefore } from '../entities/entity-context.ts';

/**
 * Parts of a building or of its grounds, written in lower case before "of the" and the building's name
 * ("the garden of the Kessu Museum", "the reading room of the Tarvo Library").
 */
const BUILDING_PARTS = new Set([
  'garden',
  'gardens',
  'courtyard',
  'courtyards',
  'cloister',
  'cloisters',
  'foyer',
  'lobby',
  'atrium',
  'forecourt',
  'grounds',
  'terrace',
  'rooftop',
  'auditorium',
  'nave',
  'crypt',
  'basement',
  'galleries',
  'room',
  'rooms',
  'hall',
  'halls',
  'wing',
  'steps',
]);

/** Heads of buildings a body of the same name fills ("Library"), besides the heads of places' names. */
const INSTITUTION_BUILDINGS = new Set(['Library', 'Libraries']);

/**
 * "in the Andalusian garden of the Kessu Museum", "the reading room of the Tarvo Library": a part of a
 * building, then "of the" and the name, makes the name the building, a place, whatever body fills it.
 *
 * @example
 * isBuildingOfPart(context, rangeOf('Kessu Museum')) // true in "dinner in the garden of the Kessu Museum"
 * isBuildingOfPart(context, rangeOf('Kessu Museum')) // false in "the director of the Kessu Museum"
 */
export function isBuildingOfPart(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  if (terms.length < 2 || last === undefined) return false;
  const building = last.tags.has('EntPlaceSuffix') || INSTITUTION_BUILDINGS.has(last.text);
  const article = termBefore(context, range);
  const of = termBefore(context, range, 2);
  const part = termBefore(context, range, 3);
  return (
    building &&
    article?.text === 'the' &&
    of?.text === 'of' &&
    part !== undefined &&
    BUILDING_PARTS.has(part.text)
  );
}
