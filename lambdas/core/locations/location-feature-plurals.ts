import { type EntityContext, rangeTerms, type TermRange, termAfter } from '../entities/entity-context.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isCommonPluralNoun } from '../nlp/word-classes.ts';
import { isPlaceTagged } from './location-tags.ts';

/**
 * Plural lower-case nouns of settlements and geography that a coordinated list of names qualifies,
 * each name one of them ("the Tarvel and Ostrana areas", "the Kessu, Orvala and Marvik villages").
 * Not "communities", which are as often peoples as places, nor nouns of institutions ("campuses").
 */
const FEATURE_PLURALS = new Set([
  'areas',
  'villages',
  'towns',
  'cities',
  'townships',
  'settlements',
  'localities',
  'suburbs',
  'neighbourhoods',
  'neighborhoods',
  'communes',
  'islands',
  'valleys',
  'lakes',
  'rivers',
  'plains',
  'hills',
  'oases',
  'crossings',
]);

/** Nouns of a frontier post written after "border" ("the Kessu and Orvala border points"). */
const BORDER_PLURALS = new Set(['points', 'posts', 'crossings', 'checkpoints', 'towns', 'areas', 'regions']);

/**
 * Whether a capitalized word may be part of a place's name: a place compromise knows, or a proper noun
 * that is no common plural or gerund in capitals ("Sales", "Marketing") nor an event's word ("Games").
 */
function mayNamePlace(term: EntityTerm): boolean {
  if (isPlaceTagged(term)) return true;
  // "the Kessu Games villages": a word of an event's name makes the run an event's.
  return (
    term.tags.has('ProperNoun') &&
    !term.tags.has('EntEventWord') &&
    !/ing$/.test(term.text) &&
    !isCommonPluralNoun(term.text)
  );
}

/**
 * "the Kessu and Orvala areas", "the Marvik and Oskel border points": the last name of a list stands
 * right before a plural noun of places, so the list names that many places. Names of common words
 * ("the Sales and Marketing areas") and fields ("Acme and Globex areas of business") name no place.
 *
 * @example
 * precedesFeaturePlural(context, [rangeOf('Kessu'), rangeOf('Orvala')]) // true in 'from the Kessu and Orvala areas'
 */
export function precedesFeaturePlural(context: EntityContext, list: readonly TermRange[]): boolean {
  const last = list[list.length - 1];
  if (last === undefined) return false;
  const end = context.terms[last.to];
  const noun = termAfter(context, last);
  if (end?.post !== ' ' || noun === undefined) return false;
  if (!list.every((item) => rangeTerms(context, item).every(mayNamePlace))) return false;
  const border = noun.text === 'border' && noun.post === ' ';
  const plural = border ? termAfter(context, last, 2) : noun;
  const known = border ? BORDER_PLURALS.has(plural?.text ?? '') : FEATURE_PLURALS.has(noun.text);
  const field = plural?.post === ' ' && termAfter(context, last, border ? 3 : 2)?.text === 'of';
  return known && !field;
}
