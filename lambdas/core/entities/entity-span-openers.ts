import { type EntityTerm, lexiconTag } from '../nlp/entity-terms.ts';
import { PLACE_COMPOUND } from './entity-name-breaks.ts';
import { isCapitalized } from './entity-word-shape.ts';
import { isForeignLegalForm, isLegalForm } from './legal-forms.ts';

/** Tags of a sentence's first word that show its capital is only the sentence's. */
const COMMON_WORD_TAGS = [
  'Verb',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'QuestionWord',
  'Value',
];

/**
 * Whether a sentence's first word is capitalized only because it opens the sentence: a common word
 * (a verb, a determiner, "The") or a plural common noun, not a people's name, a place or a person.
 *
 * @example
 * isCommonSentenceStart(termOf('Representatives')) // true in 'Representatives of Acme attended.'
 */
export function isCommonSentenceStart(term: EntityTerm): boolean {
  if (!term.sentenceStart) return false;
  if (term.tags.has('Demonym') || term.tags.has('Place') || term.tags.has('Person')) return false;
  // "Representatives of Acme attended": a plural common noun opening the sentence heads no name.
  const commonPlural =
    term.tags.has('Plural') && !term.tags.has('Organization') && !term.tags.has('EntOrgSuffix');
  return COMMON_WORD_TAGS.some((tag) => term.tags.has(tag)) || term.text === 'The' || commonPlural;
}

/** English words that open a sentence before a capitalized name without being part of it. */
const ENGLISH_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Do', 'Does', 'Did']);

/**
 * "Le Minh Hung, governor of ...", "La Thi Hoa said": a short word the lexicon reads as a foreign article
 * opening the sentence, before two capitalized words of which the lexicon knows one as a person's, is a
 * surname written first, which opens the name.
 *
 * @example
 * isSurnameOpeningName(terms, 0) // true in 'Le Minh Hung said'
 */
export function isSurnameOpeningName(terms: readonly EntityTerm[], index: number): boolean {
  const term = terms[index];
  const given = terms[index + 1];
  const next = terms[index + 2];
  if (!term || !given || !next || ENGLISH_OPENERS.has(term.text) || !/^\p{Lu}\p{Ll}{1,3}$/u.test(term.text))
    return false;
  if (term.post !== ' ' || given.post !== ' ' || !term.tags.has('Determiner')) return false;
  const named = (word: EntityTerm) => /^\p{Lu}\p{Ll}/u.test(word.text);
  const personal = (word: EntityTerm) => word.tags.has('FirstName') || word.tags.has('Person');
  return named(given) && named(next) && (personal(given) || personal(next));
}

/**
 * "SOURCE Acme Analytics": a common word in capitals opening a line, before words in ordinary case, is
 * the label of the line, not the start of the name after it.
 *
 * @example
 * isShoutedLabel(terms, 0, 'SOURCE Acme Analytics') // true: 'SOURCE' labels the line
 */
export function isShoutedLabel(terms: readonly EntityTerm[], index: number, text: string): boolean {
  const term = terms[index];
  const next = terms[index + 1];
  if (!term || !next || term.post !== ' ' || term.text.length < 3 || term.text !== term.text.toUpperCase())
    return false;
  if (!/\p{Lu}/u.test(term.text) || next.text === next.text.toUpperCase() || !/^\p{Lu}/u.test(next.text))
    return false;
  const opensLine = term.start === 0 || text[term.start - 1] === '\n';
  const common = !['Acronym', 'Organization', 'Place', 'Person'].some((tag) => term.tags.has(tag));
  return opensLine && common;
}

/** Participles that make a place into a modifier of the name after it ("a Nairobi-listed lender"). */
const PLACE_MODIFIER =
  /^\p{Lu}[\p{L}.']*-(?:based|listed|headquartered|registered|owned|run|backed|funded|born|made|focused|bound)$/u;

/**
 * "Oslo-listed", "Lima-owned": a place made an adjective by a participle opens no name. "-based",
 * "-headquartered" and "-born" do: the place is read out of them and the name ends there.
 *
 * @example
 * isPlaceModifier(termOf('Oslo-listed')) // true; isPlaceModifier(termOf('Oslo-based')) // false
 */
export function isPlaceModifier(term: EntityTerm): boolean {
  return PLACE_MODIFIER.test(term.text) && !PLACE_COMPOUND.test(term.text);
}

/**
 * "Three Rivers Capital Partners LLC is ...", "Nine Oaks Holdings said": a number word opening the
 * sentence, before a plural word in capitals and a run that ends with a company's head or legal form,
 * opens the company's name. A count is followed by the noun it counts ("Three Kessel Bank branches"), or
 * counts a name that is no plural ("Two Kessel Partners").
 *
 * @example
 * isNumberOpeningName(terms, 0) // true in 'Three Rivers Capital Partners LLC advised the buyer.'
 */
export function isNumberOpeningName(terms: readonly EntityTerm[], index: number): boolean {
  const number = terms[index];
  // "Rivers", "Oaks": a plural by its ending, which compromise reads as a singular proper noun.
  const plural = terms[index + 1];
  if (!number?.sentenceStart || !number.tags.has('TextValue') || !/^\p{Lu}\p{Ll}+$/u.test(number.text))
    return false;
  if (!plural || number.post !== ' ' || !/^\p{Lu}\p{Ll}*[^s\P{Ll}]s$/u.test(plural.text)) return false;
  let last = index + 1;
  while (
    terms[last]?.post === ' ' &&
    terms[last + 1] !== undefined &&
    isCapitalized(terms[last + 1] as EntityTerm)
  )
    last++;
  const end = terms[last] as EntityTerm;
  const after = terms[last + 1];
  const headed =
    last > index + 1 &&
    ((end.tags.has('EntOrgSuffix') && !end.tags.has('EntPlaceSuffix')) || isLegalForm(end.text));
  const counted =
    after !== undefined && end.post === ' ' && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  return headed && !counted;
}

/** How many words after a sentence's first word a company's name may run before its legal form. */
const COMPANY_REACH = 5;

/**
 * "Bodegas Cerro Azul S.A. said", "Viveros Monte Claro S.R.L. sold": a noun English does not know opening
 * the sentence, before capitalized words that end with the legal form of a register that does not write
 * English, is the company's own first word ("bodegas", "wineries"), not a common word of the sentence.
 *
 * @example
 * isForeignWordOpeningCompany(terms, 0) // true in 'Bodegas Cerro Azul S.A. said ...'
 */
export function isForeignWordOpeningCompany(terms: readonly EntityTerm[], index: number): boolean {
  const first = terms[index];
  if (!first?.sentenceStart || first.post !== ' ' || !/^\p{Lu}\p{Ll}{2,}$/u.test(first.text)) return false;
  if (!first.tags.has('Noun') || COMMON_WORD_TAGS.some((tag) => first.tags.has(tag))) return false;
  const lower = first.text.toLowerCase();
  if ([lower, lower.replace(/e?s$/, '')].some((word) => lexiconTag(word) !== undefined)) return false;
  for (let at = index + 1; at <= index + COMPANY_REACH; at++) {
    const term = terms[at];
    if (!term || !isCapitalized(term) || term.sentence !== first.sentence) return false;
    if (isForeignLegalForm(term.text)) return at > index + 1;
    if (term.post !== ' ') return false;
  }
  return false;
}
