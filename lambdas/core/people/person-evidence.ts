import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
  wordsBefore,
} from '../entities/entity-context.ts';
import { isCapitalized, isInitial } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { titleBefore } from './people.ts';
import { closesWithComma, titleAfter, titleInApposition } from './person-appositives.ts';
import { isContactName } from './person-contacts.ts';
import { isPersonalGivenNameAndSurname, isPersonalHyphenation } from './person-name-shape.ts';
import { PATRONYMICS } from './person-patronymics.ts';
import { isTakenUpAsPerson } from './person-pronouns.ts';
import { isDescribedAsPerson, isDoubleSurname } from './person-role-appositives.ts';
import { speaksBySurname } from './person-surname-speakers.ts';
import { isPersonNoun, isTitleWord, SPEECH_VERBS } from './person-words.ts';

// How strongly the words around a name say it is a person's: the score a person candidate competes
// with against the organization and place readings of the same words.

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;

/**
 * How strongly the context says the words name a person: a title or occupation before them, a middle
 * initial, a known first name, a speech verb next to them, an appositive after them, a byline. 0 when
 * nothing does.
 *
 * @example
 * personEvidence(context, rangeOf('Jane R. Doe')) // 3 or more: a middle initial
 */
export function personEvidence(context: EntityContext, range: TermRange): number {
  const terms = rangeTerms(context, range);
  const before = termBefore(context, range);
  const after = termAfter(context, range);
  const last = terms[terms.length - 1];
  // "the Ponte Vecchio II bridge": a name that qualifies a common noun after "the" names a thing.
  const qualifiesNoun =
    before?.text.toLowerCase() === 'the' &&
    last?.post === ' ' &&
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    // compromise reads some such nouns as bare verbs ("bridge"), a form no singular subject takes.
    (after.tags.has('Noun') || after.tags.has('Infinitive')) &&
    !after.tags.has('Pronoun');
  if (qualifiesNoun) return 0;
  let score = 0;
  if (titleBefore(context, range)) score += 3;
  if (before?.tags.has('EntRole') && before.post.trim() === '') score += 3;
  if (before?.text === 'By' && before.sentenceStart) score += 3;
  // "(President and Representative Director: Jane Doe; ...)": a title labels the name after its colon.
  if (terms.length >= 2 && before && isTitleWord(before) && before.post.trim() === ':') score += 3;
  if (terms.length >= 2 && terms.slice(1, -1).some(isInitial)) score += 3;
  // "Faisal bin Omar": a patronymic particle between capitalized names.
  if (terms.length >= 3 && terms.slice(1, -1).some((term) => PATRONYMIC_WORDS.has(term.text.toLowerCase())))
    score += 3;
  if (afterRoleNoun(context, range)) score += 2;
  if (terms.length >= 3 && last && ROMAN_NUMERAL.test(last.text)) score += 3;
  if (terms.length >= 2 && terms[0]?.tags.has('FirstName')) score += 2;
  // "Anna Lake said": a given name compromise re-tagged as part of a place, and a place does not speak.
  if (isPersonalGivenNameAndSurname(context, range)) score += 5;
  // "Ana Kora-Marsh": a given name and a double surname, however compromise tagged the pair.
  if (terms.length === 2 && isPersonalHyphenation(terms, 1)) score += 3;
  // "Anjali Ramcharan-Singh of Orvo": a given name no list knows before a double surname.
  else if (
    terms.length === 2 &&
    isCapitalized(terms[0] as EntityTerm) &&
    isDoubleSurname(terms[1] as EntityTerm)
  )
    score += 2;
  if (after && SPEECH_VERBS.has(after.text.toLowerCase()) && last?.post.trim() === '') score += 2;
  // "a product called Acme Advance": "called" before a name gives it a name, it reports no speech.
  const speechBefore = before && SPEECH_VERBS.has(before.text.toLowerCase()) && before.text !== 'called';
  if (speechBefore && before.post.trim() === '') score += 2;
  // "According to Jane Doe, the plant will ...": a source of reported speech, when its name has no head.
  const according =
    before?.text === 'to' && termBefore(context, range, 2)?.text.toLowerCase() === 'according';
  if (according && terms.length >= 2 && last?.post.trim() === ',') score += 2;
  if (titleAfter(context, range)) score += 2;
  // "Okabe Ren, a second-year student,": a description of a person in apposition.
  else if (isDescribedAsPerson(context, range)) score += 3;
  // "Jane Doe of the Acme Institute": a name placed by its organization.
  if (terms.length >= 2 && after?.text === 'of' && last?.post.trim() === '') score += 1;
  // "Jane Doe, who ...": a relative pronoun for people; "Italy's Jane Doe": a person from a country.
  const relative = termAfter(context, range, after?.text === 'of' ? afterPlacingPhrase(context, range) : 1);
  if (
    terms.length >= 2 &&
    relative?.text === 'who' &&
    /,/.test(context.terms[relative.index - 1]?.post ?? '')
  ) {
    score += 2;
  }
  if (terms.length >= 2 && before?.possessive && before.tags.has('Place') && before.post.trim() === '')
    score += 2;
  if (afterTitledClause(context, range)) score += 2;
  if (isTakenUpAsPerson(context, range)) score += 3;
  if (speaksBySurname(context, range)) score += 3;
  // "Jane Doe, 74, said": an age in apposition.
  if (terms.length >= 2 && isAgeAfter(context, range)) score += 3;
  // "Media contact:\nAma Owusu-Boateng\nCommunications Manager": a name alone in a contact block.
  if (isContactName(context, range)) score += 3;
  // "the Mayor of Northport, Jane Doe,": a title opened by "the" and closed by a comma names its holder
  // next, whatever appositive follows the name.
  if (titleInApposition(context, range) !== null && titleWordInClauseBefore(context, range)) score += 1;
  // "the race was won by Jane Doe", "a novel written by Jane Doe": the agent of what only people do.
  const verb = termBefore(context, range, 2);
  if (terms.length >= 2 && before?.text === 'by' && verb && PERSONAL_AGENT_VERBS.has(verb.text.toLowerCase()))
    score += 2;
  // "a suite by Jane Doe", "paintings by Jane Doe": the maker of a work of art.
  if (terms.length >= 2 && before?.text === 'by' && verb && WORKS_OF_ART.has(verb.text.toLowerCase()))
    score += 2;
  if (terms.length >= 2 && terms.every((term) => term.tags.has('Person') || !isCapitalized(term))) score += 1;
  if (terms.length === 1 && score < 3) return 0;
  return score;
}

/**
 * "Jane Doe of the Acme Harbour Authority, who ...": how many terms after the name the word after the
 * comma that closes its "of" phrase stands (3 when no comma comes within eight words).
 */
function afterPlacingPhrase(context: EntityContext, range: TermRange): number {
  for (let distance = 2; distance <= 8; distance++) {
    const term = termAfter(context, range, distance);
    if (!term) break;
    if (term.post.includes(',')) return distance + 1;
  }
  return 3;
}

/** Participles whose agent is a person ("won by", "written by"), never an organization. */
const PERSONAL_AGENT_VERBS = new Set([
  'won',
  'written',
  'authored',
  'painted',
  'composed',
  'narrated',
  'illustrated',
  'translated',
  'sung',
  'coached',
  'captained',
  'conducted',
  'choreographed',
  'directed',
]);

/** Nouns for works of art and letters, which people make: "a suite by", "poems by". */
const WORKS_OF_ART = new Set([
  'suite',
  'symphony',
  'concerto',
  'sonata',
  'rhapsody',
  'overture',
  'requiem',
  'opera',
  'ballet',
  'song',
  'songs',
  'composition',
  'compositions',
  'poem',
  'poems',
  'novel',
  'novels',
  'painting',
  'paintings',
  'portrait',
  'portraits',
  'sculpture',
  'sculptures',
  'drawings',
  'photographs',
  'artworks',
  'memoir',
  'works',
  'music',
  'pieces',
  'film',
  'films',
  'book',
  'books',
]);

/** Patronymic particles, matched whatever their case ("Salma Mint Ahmed", "Sidi Ould Cheikh"). */
const PATRONYMIC_WORDS = new Set(PATRONYMICS);

/**
 * "home favourite Dewi Sari Lestari", "team-mate Budi Santoso Wibowo": a lower-case noun right before a
 * full name of three words or more (two when compromise knows the noun as a person's), with nothing
 * between them, sets the name in apposition to a role.
 */
function afterRoleNoun(context: EntityContext, range: TermRange): boolean {
  const before = termBefore(context, range);
  const words = range.to - range.from + 1;
  if (before?.post.trim() !== '' || !/^\p{Ll}/u.test(before.text)) return false;
  if (!before.tags.has('Noun') || before.tags.has('Plural') || isOrganizationKind(before)) return false;
  if (['Pronoun', 'Determiner', 'Preposition', 'Verb', 'Value', 'Date'].some((tag) => before.tags.has(tag)))
    return false;
  const personNoun = before.tags.has('Actor') || isPersonNoun(before.text);
  return words >= 3 || (words === 2 && personNoun);
}

/** Endings of nouns for places of a trade ("winery", "bakery", "cannery"), none of them a person's. */
const TRADE_PLACE_ENDING = /\p{Ll}{3}ery$/u;

/**
 * "the winery Bodega Sol Alto", "the start-up Marta Vidal Studio": a noun for a kind of organization
 * names no role of a person, so the name after it is no person's by apposition.
 */
function isOrganizationKind(noun: EntityTerm): boolean {
  return noun.tags.has('EntOrgNoun') || TRADE_PLACE_ENDING.test(noun.text);
}

/** ", 74,": a number a person's age could be, set off by commas right after the name. */
function isAgeAfter(context: EntityContext, range: TermRange): boolean {
  const after = termAfter(context, range);
  if (context.terms[range.to]?.post.trim() !== ',' || !after || !/^\d{2,3}$/.test(after.text)) return false;
  const age = Number(after.text);
  return age >= 16 && age <= 110 && /^[,;.]/.test(after.post.trim());
}

/** A title word among the words of the clause a comma closes right before the name. */
function titleWordInClauseBefore(context: EntityContext, range: TermRange): boolean {
  for (let distance = 1; distance <= 8; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || (distance > 1 && /[,;:.]/.test(term.post))) return false;
    if (isTitleWord(term)) return true;
  }
  return false;
}

/** "Chair of the meeting, Jane Doe called ...": a name right after a comma that closes a title. */
function afterTitledClause(context: EntityContext, range: TermRange): boolean {
  const before = termBefore(context, range);
  // "the director of the Kessel Fund (KF), Jane Doe": the title may close on a short form in brackets.
  if (before?.post.trim() === '),') return titleInApposition(context, range) !== null;
  if (!before || !closesWithComma(before)) return false;
  const words = wordsBefore(context, range, 6);
  const index = words.length;
  for (let distance = 1; distance <= index; distance++) {
    const term = termBefore(context, range, distance);
    if (!term) break;
    if (distance > 1 && /[,;:.]/.test(term.post)) break;
    if (isTitleWord(term) && isCapitalized(term)) return true;
  }
  return titleInApposition(context, range) !== null;
}
