import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { isAcronym, isCapitalized } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isGazetteerPlaceName } from './location-place-words.ts';

/**
 * Nouns of people and their groups whose "from" says where they come from ("a choir from X", "farmers
 * from X"), not who sent something ("a grant from X", "a letter from X").
 */
const PEOPLE_NOUNS = new Set([
  'band',
  'bands',
  'choir',
  'choirs',
  'troupe',
  'troupes',
  'ensemble',
  'students',
  'pupils',
  'schoolchildren',
  'children',
  'youth',
  'women',
  'men',
  'girls',
  'boys',
  'families',
  'farmers',
  'fishers',
  'fishermen',
  'athletes',
  'runners',
  'riders',
  'players',
  'dancers',
  'musicians',
  'artists',
  'artisans',
  'craftsmen',
  'weavers',
  'traders',
  'vendors',
  'producers',
  'growers',
  'teachers',
  'nurses',
  'doctors',
  'volunteers',
  'villagers',
  'residents',
  'pilgrims',
  'refugees',
  'migrants',
  'elders',
  'chiefs',
  'champion',
  'winner',
]);

/** compromise's tags of words that say a name is a date, an organization or a person's first name. */
const NOT_ORIGIN_TAGS = ['Date', 'Time', 'Organization', 'EntLexOrganization', 'FirstName', 'Honorific'];

/** "Tarvo Kessu from ...": the word before "from" ends a person's name. */
function endsPersonName(term: EntityTerm): boolean {
  return isCapitalized(term) && term.tags.has('Person') && !term.tags.has('Honorific');
}

/** Verbs of saying that make the person a speaker, whose "from" names the body they speak for. */
const SAY_WORDS = new Set(['said', 'says', 'told', 'added', 'noted', 'explained', 'stated', 'commented']);

/**
 * "Jane Doe from Varnel said", "said Jane Doe from Varnel": a speaker's "from" names whom they speak
 * for as often as where they come from.
 */
function isSpeakerAffiliation(context: EntityContext, range: TermRange): boolean {
  const near = [
    termAfter(context, range),
    ...[3, 4, 5].map((distance) => termBefore(context, range, distance)),
  ];
  return near.some((term) => term !== undefined && SAY_WORDS.has(term.text.toLowerCase()));
}

/**
 * "Jane Doe from Tarvo won", "a choir from Tarvo opened the show", "students from Tarvo and Kessu": the
 * name straight after "from" that follows a person or a noun of people is where they come from. A name
 * with the marks of a date, an organization or a person ("from Monday", "from Acme Ltd", "from Jane Doe"),
 * a name that qualifies a noun after it ("students from Tarvo University") and a speaker's body ("Jane
 * Doe from Varnel said") are not.
 *
 * @example
 * isOriginOfPeople(context, rangeOf('Tarvo')) // true in "A choir from Tarvo opened the show."
 * isOriginOfPeople(context, rangeOf('Tarvo')) // false in "A grant from Tarvo paid for it."
 */
export function isOriginOfPeople(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  if (terms.length > 3 || termBefore(context, range)?.text !== 'from') return false;
  const whom = termBefore(context, range, 2);
  if (whom === undefined) return false;
  const person = endsPersonName(whom) && !isSpeakerAffiliation(context, range);
  if (!PEOPLE_NOUNS.has(whom.text.toLowerCase()) && !person) return false;
  const marked = terms.some(
    (term) =>
      !isCapitalized(term) ||
      isAcronym(term.text) ||
      NOT_ORIGIN_TAGS.some((tag) => term.tags.has(tag)) ||
      term.tags.has('EntOrgSuffix'),
  );
  const last = terms[terms.length - 1];
  const after = termAfter(context, range);
  const qualifies =
    last?.post === ' ' && after !== undefined && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  return !marked && !qualifies;
}

/**
 * "the Kisumu pianist", "two Lagos designers": a place the gazetteer knows, written straight before a
 * lower-case noun for a person (compromise's `Actor`: an occupation, a role), says where the person comes
 * from or works; compromise then reads the place as part of the person and drops its place tag. A name
 * it does not know ("the Tarvo pianist") may be a firm or a band, and is left alone.
 *
 * @example
 * isHomeOfPerson(context, rangeOf('Kisumu')) // true in "The Kisumu pianist played last."
 */
export function isHomeOfPerson(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  const person = termAfter(context, range);
  const known =
    terms.every((term) => term.tags.has('EntLexPlace')) || isGazetteerPlaceName(terms.map((t) => t.bare));
  return (
    known &&
    last?.post === ' ' &&
    person !== undefined &&
    /^\p{Ll}/u.test(person.text) &&
    person.tags.has('Actor') &&
    !terms.some((term) => NOT_ORIGIN_TAGS.some((tag) => term.tags.has(tag)))
  );
}
