import { type EntityContext, rangeTerms, type TermRange, termBefore } from '../entities/entity-context.ts';
import { isAcronym, isCapitalized, isInitial } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { titleAfter, titleInApposition } from './person-appositives.ts';
import { complementLength, gluedComplementLength } from './person-complements.ts';
import { honorificLength } from './person-honorifics.ts';
import {
  endsLikeGroupName,
  isPersonalGivenNameAndSurname,
  isPersonalHyphenation,
  isTitledGivenNameAndSurname,
} from './person-name-shape.ts';
import { holdsPhraseWord } from './person-phrase-words.ts';
import { isPortfolioWord } from './person-portfolios.ts';
import { titlesNameAfterComma } from './person-title-appositions.ts';
import { isPersonNoun, isTitleWord, TITLE_CONNECTORS } from './person-words.ts';

export { isTitleWord, titleAfter, titleInApposition };

/** A name with the title written before it inside the same run of capitals. */
export interface TitledName {
  /** The title words with what qualifies them ("Latvian President", "BMG President"); may be empty. */
  readonly title: TermRange | null;
  readonly name: TermRange;
}

/** Small words of organization and work names that no person's name contains. */
const NON_NAME_WORDS = new Set(['of', 'for', 'and', '&', 'on', 'the', 'The']);

const NAME_BREAKING_TAGS = ['EntOrgSuffix', 'EntPlaceSuffix', 'EntEventWord', 'EntPlaceHead', 'Demonym'];

/**
 * Separates the title from the name in a run of capitals: "Latvian President Aigars Vitols-Berzins" gives
 * the title "Latvian President" and the name "Aigars Vitols-Berzins". Returns null when no name follows
 * the last title word. After "of"/"for" ("Minister for Law K Rajaratnam") the name starts at a middle
 * initial, or is the last two words of a longer tail.
 *
 * @example
 * splitTitle(context, range) // { title: { from: 0, to: 1 }, name: { from: 2, to: 3 } }
 */
export function splitTitle(context: EntityContext, range: TermRange): TitledName | null {
  const terms = rangeTerms(context, range);
  let lastTitle = -1;
  terms.forEach((term, offset) => {
    if (isTitleWord(term) && (isCapitalized(term) || term.text.includes('.'))) lastTitle = offset;
  });
  // "Datuk Seri Aminah Rahman", "Vice President U Myint Swe": honorifics after the titles are titles too.
  const honorifics = honorificLength(terms, lastTitle + 1);
  lastTitle += honorifics;
  if (lastTitle < 0 || lastTitle === terms.length - 1) return null;
  // "Provincial Secretary Health Jane Ama Doe", "Chief Minister Sindh Jane Doe": the fields or the
  // province of the office written after the title with no "of" belong to the title.
  const glued = { from: range.from + lastTitle + 1, to: range.to };
  let nameFrom = lastTitle + 1 + (honorifics === 0 ? gluedComplementLength(context, glued) : 0);
  // The honorifics between the title and the name: they belong to neither.
  let skipped = honorifics;
  let nameTo = range.to;
  const connectorAt = findLastIndex(
    terms,
    (term, offset) => offset > lastTitle && TITLE_CONNECTORS.has(term.text),
  );
  if (connectorAt >= 0) {
    if (titlesNameAfterComma(context, range)) return null;
    const tail = terms.slice(connectorAt + 1);
    // "Minister for Commerce U Aung Naing Oo": an honorific after the portfolio opens the name.
    const honorificAt = tail.findIndex((_, offset) => offset > 0 && honorificLength(tail, offset) > 0);
    const initialAt = tail.findIndex((term, offset) => offset > 0 && isInitial(term));
    skipped = 0;
    if (honorificAt > 0) {
      skipped = honorificLength(tail, honorificAt);
      nameFrom = connectorAt + 1 + honorificAt + skipped;
    } else if (initialAt > 0) {
      const beforeInitial = tail[initialAt - 1];
      const includePrevious = beforeInitial?.tags.has('FirstName') || beforeInitial?.tags.has('Person');
      nameFrom = connectorAt + 1 + initialAt - (includePrevious ? 1 : 0);
    } else if (tail.length - (tail[0]?.text.toLowerCase() === 'the' ? 1 : 0) >= 3) {
      // "Marshal of the Tarvel Province": an article leaves the two words after it to the complement.
      // "Minister of Culture Ana Ruiz Vidal", "President Director of PT Sinar Laut Ayu Sari Wulan": the
      // name is what follows the title's complement, of any length; with no cue to go by, the last two words.
      const complement = complementLength(context, { from: range.from + connectorAt + 1, to: range.to });
      nameFrom = complement > 0 ? connectorAt + 1 + complement : terms.length - 2;
    } else if (connectorAt - lastTitle > 2 && terms[connectorAt]?.text === 'of') {
      // "Associate Professor Inoue Haruka of MPIT's lab": the name stands between the title and the
      // organization it is placed by, too short to hold a name of its own.
      nameTo = range.from + connectorAt - 1;
      skipped = honorifics;
    } else {
      return null;
    }
  }
  const name = { from: range.from + nameFrom, to: nameTo };
  const named =
    looksLikeName(context, name, connectorAt < 0) || isTitledGivenNameAndSurname(context, range, name);
  if (!named) return null;
  // The honorifics name no office: the title is the words before them, if any.
  const titleTo = range.from + nameFrom - 1 - skipped;
  return { title: titleTo >= range.from ? { from: range.from, to: titleTo } : null, name };
}

/** "Dr", "Prof": a title written short, which compromise also tags as part of a person. */
function isAbbreviatedTitle(term: EntityTerm): boolean {
  return term.tags.has('Honorific') && term.tags.has('EntTitle') && term.tags.has('Abbreviation');
}

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && test(item, i)) return i;
  }
  return -1;
}

/**
 * Whether the words could be a person's name: no heads of other names, not all places, not a title.
 * `afterTitle`: a title stands right before the words, so their first word may be a head word too.
 *
 * @example
 * looksLikeName(context, rangeOf('Lisbon Sports Bureau')) // false: an organization head
 */
export function looksLikeName(context: EntityContext, range: TermRange, afterTitle = false): boolean {
  const terms = rangeTerms(context, range);
  const first = terms[0];
  const monthAsGivenName =
    first?.tags.has('Month') === true && /^\p{Lu}/u.test(first.text) && terms.length > 1;
  if (!first || !(isCapitalized(first) || monthAsGivenName)) return false;
  // "the junior 10K", "the 4x100 relay": a name opens with a letter, not a figure.
  if (/^\d/u.test(first.text)) return false;
  // "Ambassador Park Ji-hoon": after a title, a surname that is also a head word ends no name it opens;
  // nor does it in "Grace Hall said".
  const speaks = isPersonalGivenNameAndSurname(context, range);
  const breaking = afterTitle || speaks ? terms.slice(1) : terms;
  // "Luz Marina Pérez": a second given name that is also a head word, inside a name opened by a given
  // name, heads nothing; a head is the last word of the name it heads.
  const givenNames = first.tags.has('FirstName') && terms.length >= 3;
  const secondGivenName = (term: EntityTerm) =>
    givenNames && term.tags.has('Person') && term !== terms[terms.length - 1];
  const headed = (term: EntityTerm) =>
    NAME_BREAKING_TAGS.some((tag) => term.tags.has(tag)) && isCapitalized(term) && !secondGivenName(term);
  if (breaking.some(headed) && !speaks) return false;
  if (terms.some((term) => isTitleWord(term) && isCapitalized(term) && !term.tags.has('Person'))) {
    return false;
  }
  // "Chief Librarian Dr. Jane Doe", "Curator Prof. Jane Doe": an abbreviated title ("Dr", "Prof") is
  // no word of a name; the words around it are titles and the name after them.
  if (terms.length > 1 && terms.some(isAbbreviatedTitle)) return false;
  // After a title, only places the gazetteer knows count: compromise reads "Park Ji-hoon" there as one,
  // and "Ana Kora-Marsh" (a given name and a double surname) anywhere.
  const doubleSurname = terms.length === 2 && isPersonalHyphenation(terms, 1);
  const placeTag = afterTitle || doubleSurname || speaks ? 'EntLexPlace' : 'Place';
  if (terms.every((term) => term.tags.has(placeTag) || !isCapitalized(term))) return false;
  // "Jan van der Berg", "Khin Mar Aye": a month's name before the last word is a given name.
  const dated = (term: EntityTerm, offset: number) =>
    term.tags.has('Date') && !(term.tags.has('Month') && offset < terms.length - 1);
  if (
    terms.some((term, offset) => dated(term, offset) || term.tags.has('Url') || NON_NAME_WORDS.has(term.text))
  ) {
    return false;
  }
  if (terms.length === 1 && first.tags.has('Plural')) return false;
  // "Industry, Mines and Agriculture": the fields of a chamber or a ministry, not a name.
  if (terms.every((term) => isPortfolioWord(term.bare) || !isCapitalized(term))) return false;
  if (endsLikeGroupName(terms, afterTitle) || holdsPhraseWord(terms)) return false;
  return !terms.every((term) => isAcronym(term.text) && !isInitial(term));
}

/**
 * Title words written in lower case right before a name ("IUA secretary general Jane Doe"), with a
 * capitalized qualifier before them; null when there are none.
 *
 * @example
 * titleBefore(context, rangeOf('Jane Doe')) // the range of 'IUA secretary general'
 */
export function titleBefore(context: EntityContext, range: TermRange): TermRange | null {
  let from = range.from - fieldOfTitleLength(context, range);
  for (;;) {
    const term = termBefore(context, { from, to: from });
    if (term?.post.trim() !== '') break;
    if (isTitleWord(term) || term.tags.has('EntRole')) from--;
    else if (from < range.from && isModifierInTitle(context, from)) from -= 2;
    else break;
  }
  if (from === range.from) return null;
  const qualifier = termBefore(context, { from, to: from });
  if (qualifier && qualifier.post.trim() === '' && isCapitalized(qualifier) && !qualifier.sentenceStart)
    from--;
  return { from, to: range.from - 1 };
}

/**
 * "chief operating officer", "senior marketing manager": a lower-case adjective or verb form inside a
 * title, between a title word before it and the title words already read after it.
 */
function isModifierInTitle(context: EntityContext, from: number): boolean {
  const modifier = termBefore(context, { from, to: from });
  const title = termBefore(context, { from, to: from }, 2);
  if (modifier === undefined || title === undefined || title.post.trim() !== '') return false;
  const lowerCase = /^\p{Ll}/u.test(modifier.text) && /^\p{Ll}/u.test(title.text);
  const modifies = ['Adjective', 'Gerund', 'Noun'].some((tag) => modifier.tags.has(tag));
  return lowerCase && modifies && isTitleWord(title);
}

/** How many lower-case words may name the field of a title before a name ("head of public affairs"). */
const LOWER_CASE_FIELD_REACH = 3;

/**
 * "its director of operations Jane Doe", "the head of public affairs Jane Doe": the words from a lower-case
 * title's "of"/"for" up to the name, when only nouns and their adjectives stand between; 0 otherwise.
 */
function fieldOfTitleLength(context: EntityContext, range: TermRange): number {
  for (let distance = 1; distance <= LOWER_CASE_FIELD_REACH + 1; distance++) {
    const term = termBefore(context, range, distance);
    if (term?.post.trim() !== '') return 0;
    if (term.text === 'of' || term.text === 'for') {
      const title = termBefore(context, range, distance + 1);
      const titled = title?.post.trim() === '' && isTitleWord(title) && !isCapitalized(title);
      return titled && distance > 1 ? distance : 0;
    }
    const field = /^\p{Ll}/u.test(term.text) && (term.tags.has('Noun') || term.tags.has('Adjective'));
    if (!field || FIELD_BREAKING_TAGS.some((tag) => term.tags.has(tag))) return 0;
  }
  return 0;
}

/** Tags of words that end a title's field: what is done or who does it, not what the office covers. */
const FIELD_BREAKING_TAGS = ['Pronoun', 'Determiner', 'Verb', 'Value', 'Date', 'Actor'];

/**
 * "Valedictorian Su-Lin Marchetti spoke": a noun for a person opening the sentence, written with its
 * capital only because it opens it, before a name of two words or more. Returns the name's range.
 *
 * @example
 * nameAfterOpeningRole(context, rangeOf('Valedictorian Su-Lin Marchetti')) // the range of 'Su-Lin Marchetti'
 */
export function nameAfterOpeningRole(context: EntityContext, range: TermRange): TermRange | null {
  const first = context.terms[range.from];
  if (!first?.sentenceStart || range.to - range.from < 2) return null;
  const known = ['ProperNoun', 'Person', 'FirstName', 'Place', 'Organization', 'Acronym', 'Plural'];
  if (!first.tags.has('Noun') || known.some((tag) => first.tags.has(tag))) return null;
  if (!isPersonNoun(first.text.toLowerCase())) return null;
  // "Water Minister Jana Kovel", "Interior Minister ...": a title after the word makes it the field of
  // that title ("-er", "-or", "-ment" are endings of such fields too), which splitTitle reads.
  const second = context.terms[range.from + 1];
  if (second && isTitleWord(second) && isCapitalized(second)) return null;
  const name = { from: range.from + 1, to: range.to };
  return looksLikeName(context, name) ? name : null;
}
