import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { isDivisionNoun } from '../locations/location-divisions.ts';
import { isGazetteerPlaceWord } from '../locations/location-place-words.ts';
import { hasPlaceHead, isKnownPlace } from '../locations/locations.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { SPORT_WORDS } from './team-names.ts';

/** Tags of words that make a run a person's name or title, never a body named after a place. */
const PERSONAL_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific', 'EntTitle', 'Demonym'];

/** Nouns of money given, whose source after "from" is who gives it ("a grant from X"). */
const FUNDING_NOUNS = new Set([
  'grant',
  'grants',
  'loan',
  'loans',
  'funding',
  'financing',
  'donation',
  'donations',
  'investment',
  'contribution',
  'sponsorship',
]);

/**
 * Capitalized nouns of geography and of a city's parts that compromise does not read as a place's head:
 * after a known place they end its name ("the Kessu Rift", "Tarvel Metro area"), and make no body's.
 */
const FEATURE_WORDS = new Set([
  'Belt',
  'Triangle',
  'Rift',
  'Riviera',
  'Uplands',
  'Steppe',
  'Steppes',
  'Wetlands',
  'Corridor',
  'Metro',
  'Krai',
  'Okrug',
  'Atoll',
  'Lagoon',
  'Reef',
  'Glacier',
  'Fjord',
  'Savanna',
  'Savannah',
  'Moors',
  'Dunes',
  'Coastline',
  'Hinterland',
  'Outback',
  'Shelf',
  'Trench',
  'Escarpment',
  'Highland',
  'Lowland',
  'Headland',
  'Isthmus',
  'Strait',
  'Straits',
]);

/** Words between a subject and its verb that say when or how ("X also announced", "X will hold"). */
const AUXILIARIES = new Set(['will', 'would', 'has', 'have', 'had', 'can', 'could', 'also', 'today']);

/**
 * How strongly the words name a body called after a place: a known place joined with capitalized common
 * words that make no place's name ("<Region> Hydro", "Business <Country>", "Clean Rivers <Region>").
 * Such a run is no place; what it is comes from the context: it acts as the subject of a verb ("X lent
 * two boats", "X will hold"), owns something ("X's spring sweep"), gives money ("a grant from X"), or is
 * a source ("according to X"): 3. A sport's world or national body by its shape ("World <Sport>",
 * "<Sport> <Country>") is one wherever it stands: 3.
 *
 * @example
 * placeNamedBodyEvidence(context, rangeOf('Tarvel Hydro')) // 3 in 'Tarvel Hydro lent two boats.'
 */
export function placeNamedBodyEvidence(context: EntityContext, range: TermRange): number {
  const terms = rangeTerms(context, range);
  if (!isPlaceNamedRun(context, range, terms)) return 0;
  if (isSportBody(terms)) return 3;
  return acts(context, range) || ownsOrGives(context, range) ? 3 : 0;
}

function isPlaceNamedRun(context: EntityContext, range: TermRange, terms: readonly EntityTerm[]): boolean {
  if (terms.length < 2 || terms.length > 4 || !terms.every(isCapitalized)) return false;
  if (terms.some((term) => PERSONAL_TAGS.some((tag) => term.tags.has(tag)))) return false;
  const last = terms[terms.length - 1]?.text ?? '';
  if (FEATURE_WORDS.has(last) || isDivisionNoun(last.toLowerCase())) return false;
  const placeWords = terms.filter(isGazetteerPlaceWord).length;
  if (placeWords === 0 || placeWords === terms.length) return isSportBody(terms);
  return !isKnownPlace(context, range) && !hasPlaceHead(context, range);
}

/** "World Rugby", "Netball <Country>": a sport's governing body named by its reach. */
function isSportBody(terms: readonly EntityTerm[]): boolean {
  const [first, second] = terms;
  if (terms.length !== 2 || !first || !second) return false;
  if (first.text === 'World' && SPORT_WORDS.has(second.text)) return true;
  return SPORT_WORDS.has(first.text) && second.tags.has('Country') && isGazetteerPlaceWord(second);
}

/** Words after which a clause starts with its subject ("..., and X announced"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'as', 'when', 'after', 'because']);

/**
 * "X lent two boats", "X will hold its sweep": the run opens a clause and is the subject of the verb
 * after it; not "exchanges with X were rare", where it is the object of a preposition.
 */
function acts(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (!last || last.possessive || /[,;:.()]/.test(last.post) || !opensClause(context, range)) return false;
  let distance = 1;
  let verb = termAfter(context, range, distance);
  while (verb && AUXILIARIES.has(verb.text) && distance < 3) verb = termAfter(context, range, ++distance);
  if (!verb || !/^\p{Ll}/u.test(verb.text) || namesPerson(context, range.to + distance)) return false;
  return distance > 1 || verb.tags.has('PastTense') || verb.tags.has('PresentTense');
}

/** Pronouns that take a person as their antecedent ("Georgia Mwangi lent her boat"). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/** Whether a personal pronoun follows the verb at `at` in its clause: the subject was a person. */
function namesPerson(context: EntityContext, at: number): boolean {
  for (let index = at + 1; index <= at + 6; index++) {
    const term = context.terms[index];
    if (!term || term.sentence !== context.terms[at]?.sentence) return false;
    if (PERSONAL_PRONOUNS.has(term.text.toLowerCase())) return true;
    if (/[;.]/.test(term.post)) return false;
  }
  return false;
}

function opensClause(context: EntityContext, range: TermRange): boolean {
  const first = context.terms[range.from];
  const article = termBefore(context, range)?.text.toLowerCase() === 'the';
  const start = article ? { from: range.from - 1, to: range.to } : range;
  const before = termBefore(context, start);
  if (first?.sentenceStart || (article && context.terms[start.from]?.sentenceStart)) return true;
  return before !== undefined && (/[,;:]/.test(before.post) || CLAUSE_OPENERS.has(before.text.toLowerCase()));
}

/** "X's spring sweep", "a grant from X", "according to X". */
function ownsOrGives(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const after = termAfter(context, range);
  if (last?.possessive && after !== undefined && /^\p{Ll}/u.test(after.text)) return true;
  const before = termBefore(context, range)?.text.toLowerCase();
  const noun = termBefore(context, range, 2)?.text.toLowerCase() ?? '';
  if (before === 'from' && FUNDING_NOUNS.has(noun)) return true;
  return before === 'to' && noun === 'according';
}
