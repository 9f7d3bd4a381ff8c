import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { isLegalForm } from '../entities/legal-forms.ts';
import { isGazetteerPlaceName } from '../locations/location-place-words.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isCommonPluralNoun, isKnownFirstName, isNumberWord } from '../nlp/word-classes.ts';
import { titleAfter } from './person-appositives.ts';
import { isTitleWord, SPEECH_VERBS } from './person-words.ts';

/**
 * "Khurel Falcons", "Steppe Seven", "Nordvik Bygg AB": a team or a company, not a person. A person's
 * name does not end in a legal form, a number written out, or the plural of a common noun (unless a
 * known given name opens it, "Ana Fields", or a title stands before it, `afterTitle`).
 *
 * @example
 * endsLikeGroupName(termsOf('Khurel Falcons')) // true; endsLikeGroupName(termsOf('Ana Fields')) // false
 */
export function endsLikeGroupName(terms: readonly EntityTerm[], afterTitle = false): boolean {
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (!first || !last || terms.length < 2) return false;
  if (isLegalForm(last.bare)) return true;
  if (isNumberWord(last.bare)) return true;
  // "Minister Thabo Banks": a title before the words makes a surname of the plural.
  const givenName = afterTitle || first.tags.has('FirstName') || isKnownFirstName(first.bare);
  return !givenName && !last.possessive && isCommonPluralNoun(last.bare);
}

/**
 * A hyphenated word of a person's name or title, which compromise may read as a place when the words
 * around it look like one (a surname ending in a feature word, "-Marsh", "-Field"): a hyphenated title
 * ("Vice-Chancellor", "Director-General"), or a double surname right after a known given name or a
 * title ("Ana Kora-Marsh", "Professor Lind-Moor"), or after a title and a given name ("Mayor Ravi
 * Lake-Shah"). Such a word pairs no two places ("Russia-Ukraine").
 *
 * @example
 * isPersonalHyphenation(termsOf('Ana Kora-Marsh'), 1) // true
 * isPersonalHyphenation(termsOf('the Russia-Ukraine'), 1) // false
 */
export function isPersonalHyphenation(terms: readonly EntityTerm[], at: number): boolean {
  const term = terms[at];
  if (!term?.tags.has('Hyphenated')) return false;
  if (term.tags.has('EntTitle')) return true;
  const before = terms[at - 1];
  if (before?.post !== ' ') return false;
  if (isKnownFirstName(before.bare) || isTitleWord(before)) return true;
  // "Mayor Ravi Lake-Shah": a given name compromise does not know, after a title.
  const title = terms[at - 2];
  return /^\p{Lu}\p{Ll}+$/u.test(before.text) && title?.post === ' ' && isTitleWord(title);
}

/** "Jin-ho", "Ji-hoon", "Thi-lan": two short syllables joined by a hyphen, the second in lower case. */
const SYLLABIC_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/**
 * A given name and one capitalized word that the gazetteer does not know as a place with it: the
 * shape of "Grace Hall", "Anna Lake", "Ravi Lake-Shah", which compromise reads as places because the
 * surname is (or opens with) a place's head word. The given name is one compromise knows, any
 * capitalized word before a double surname, or a given name of two syllables joined by a hyphen, as
 * Korean and other romanized given names are written ("Jin-ho Park", "Seo-yeon Hall").
 */
function isGivenNameAndHeadWord(terms: readonly EntityTerm[]): boolean {
  const [given, surname] = terms;
  if (terms.length !== 2 || given === undefined || surname === undefined) return false;
  const doubleSurname = surname.tags.has('Hyphenated') && /^\p{Lu}\p{Ll}+$/u.test(given.text);
  if (
    !(isKnownFirstName(given.bare) || doubleSurname || SYLLABIC_GIVEN_NAME.test(given.text)) ||
    !/^\p{Lu}\p{Ll}/u.test(surname.text)
  )
    return false;
  // "Sri Lanka", "El Salvador": the gazetteer knows the pair as one place, though neither word alone.
  return (
    !terms.some((term) => term.tags.has('EntLexPlace')) && !isGazetteerPlaceName([given.bare, surname.bare])
  );
}

/**
 * "Grace Hall said the plan was ready", "said Grace Hall", "Grace Hall, director of the museum,": a
 * given name and a surname that heads places, with a speech verb right after or right before them, or
 * a title in apposition. A place neither speaks nor holds an office, so the pair names a person.
 *
 * @example
 * isPersonalGivenNameAndSurname(context, rangeOf('Grace Hall')) // true before "said"; false before "opened"
 */
export function isPersonalGivenNameAndSurname(context: EntityContext, range: TermRange): boolean {
  if (!isGivenNameAndHeadWord(rangeTerms(context, range))) return false;
  const after = termAfter(context, range);
  const before = termBefore(context, range);
  const last = context.terms[range.to];
  const speechAfter = after !== undefined && last?.post.trim() === '' && SPEECH_VERBS.has(after.text);
  // "said Savanna Hawks captain Otieno Mwangi": a role after the words makes them its holder's group.
  const speechBefore =
    before !== undefined &&
    before.post.trim() === '' &&
    SPEECH_VERBS.has(before.text) &&
    !(after !== undefined && isTitleWord(after));
  return speechAfter || speechBefore || titleAfter(context, range) !== null;
}

/** Words before a place's name that say where something is ("at Queen Maud Hall", "to the ..."). */
const BEFORE_PLACES = new Set([
  'the',
  'at',
  'in',
  'on',
  'to',
  'from',
  'near',
  'into',
  'inside',
  'outside',
  'along',
  'across',
  'via',
  'past',
]);

/**
 * "opened by Mayor Grace Hall": a title, then a given name and a surname that heads places, names the
 * title's holder, unless "the" or a preposition of place opens the run ("at the King Olav Hall",
 * "to Queen Maud Park"): facilities are named after titled people that way. `run` is the whole run of
 * capitals, `name` the words after the titles.
 *
 * @example
 * isTitledGivenNameAndSurname(context, rangeOf('Mayor Grace Hall'), rangeOf('Grace Hall')) // true
 */
export function isTitledGivenNameAndSurname(
  context: EntityContext,
  run: TermRange,
  name: TermRange,
): boolean {
  const before = termBefore(context, run);
  if (before !== undefined && BEFORE_PLACES.has(before.text.toLowerCase())) return false;
  return isGivenNameAndHeadWord(rangeTerms(context, name));
}
