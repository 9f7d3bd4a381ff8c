import { LOCAL_DIVISIONS } from '../locations/location-divisions.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { cutAfterCompanyNames } from '../organizations/organization-company-ends.ts';
import { cutBeforeDescribedNames } from '../organizations/organization-descriptors.ts';
import { honorificLength } from '../people/person-honorifics.ts';
import { PATRONYMICS } from '../people/person-patronymics.ts';
import { joinDashedRouteNames } from './entity-dash-joins.ts';
import { isEpithetAfter } from './entity-epithets.ts';
import { breaksName } from './entity-name-breaks.ts';
import { isInstitutionNumber } from './entity-name-numbers.ts';
import { particleJoinsName } from './entity-name-particles.ts';
import { withOrdinalOpeners } from './entity-ordinal-names.ts';
import {
  namePairsInsideSentences,
  opensNameWrittenInside,
  opensUnitName,
} from './entity-sentence-openers.ts';
import { joinCutNames } from './entity-span-joins.ts';
import {
  isCommonSentenceStart,
  isForeignWordOpeningCompany,
  isNumberOpeningName,
  isPlaceModifier,
  isShoutedLabel,
  isSurnameOpeningName,
} from './entity-span-openers.ts';
import { isAcronym, isCapitalized } from './entity-word-shape.ts';
import { isBracketedLegalForm, isLegalForm, isLowerCaseLegalForm } from './legal-forms.ts';
import { makeSpan, type NameSpan } from './name-span.ts';

/** Small words that sit inside names ("Ministry of Foreign Affairs", "Omar bin Faisal"). */
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'on',
  'de',
  'da',
  'do',
  'del',
  'der',
  'di',
  'della',
  'delle',
  'dei',
  'van',
  'von',
  ...PATRONYMICS,
  'al',
  'el',
  'y',
  // Catalan "and", between the two surnames of a name ("Pere Soler i Vives") and in names of bodies.
  'i',
  'la',
  'le',
  'du',
  'des',
  'dos',
  'et',
  'den',
  'los',
  'las',
  'di',
  'della',
  // Dutch "on the": "Jazz aan de Schelde", "Huis aan het Water".
  'aan',
  // Bantu "of", by noun class, in Swahili and Setswana names: "Tumaini ya Jamii Trust", "Sauti za Wanawake".
  'ya',
  'wa',
  'za',
  'tsa',
  'kwa',
  'cha',
]);

/** Particles of family names that come in pairs ("van der Berg", "de la Cruz", "von dem Busche"). */
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'dem',
  'la',
  'las',
  'los',
  'le',
  'del',
  'della',
  'di',
  'da',
  'du',
]);

/** Possessive determiners: a run they open is a phrase ("Its Largest Customer Event"), not a name. */
const POSSESSIVE_DETERMINERS = new Set(['Its', 'Our', 'Their', 'His', 'Her', 'My', 'Your']);

/** Venues written after their name in lower case ("the Tarvo cinema", "Orvel station"). */
const VENUE_HEADS = ['cinema', 'theatre', 'theater', 'stadium', 'station'];

/**
 * "the Kessu region", "the Oskel river", "the Tarvo Ala-Too range": a region, a river or a range named
 * with its noun in lower case; after a people's adjective ("the Arab region") the noun is a common one.
 */
const KIND_HEADS = ['region', 'river', 'range'];

/** Lower-case heads that close a place name ("Tamsui district"). */
const LOWERCASE_PLACE_HEADS = new Set([
  'district',
  'province',
  'county',
  'prefecture',
  'coast',
  'valley',
  ...KIND_HEADS,
  // Features rarely named without their noun ("the Tarvo glacier", "the Kessu estuary").
  'glacier',
  'estuary',
  ...VENUE_HEADS,
  // "Kessu etrap", "Tarvo upazila": a division in its own language's word.
  ...LOCAL_DIVISIONS.map(([one]) => one),
]);

/**
 * "the Kenyan stadium", "the Tarvo theatre company": a venue noun after a people's adjective, or before
 * another noun it qualifies, closes no place name; nor does "station" after a broadcaster's name, nor a
 * region's, a river's or a range's noun after a people's adjective ("the Arab region").
 */
function isVenueModifier(name: EntityTerm, head: EntityTerm, after: EntityTerm | undefined): boolean {
  if (KIND_HEADS.includes(head.text)) return name.tags.has('Demonym') || name.tags.has('EntLexAdjective');
  if (!VENUE_HEADS.includes(head.text)) return false;
  // "the Kessu FM station", "Tarvo Radio station": a broadcaster's station, not a place.
  if (head.text === 'station' && (isAcronym(name.text) || name.tags.has('EntOrgSuffix'))) return true;
  const qualifies =
    after !== undefined && head.post === ' ' && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  return name.tags.has('Demonym') || qualifies;
}

/** Months, whole or cut short, that are also given names or parts of names. */
const MONTHS_AS_NAMES = new Set(['Jan', 'Mar', 'May', 'Jun', 'June', 'April', 'August']);

/** Tags of a capitalized word that is no part of a name before a month's name ("In May", "Since June"). */
const NOT_NAME_WORD_TAGS = [
  'Date',
  'Place',
  'Preposition',
  'Determiner',
  'Conjunction',
  'Verb',
  'Adverb',
  'Pronoun',
];

/**
 * "director Jan van der Berg", "Daw Khin Mar Aye": a month's name or abbreviation that is a given name
 * or part of one, since a title or another name word comes before it and a name word (or a particle)
 * after it.
 */
function isMonthAsName(terms: readonly EntityTerm[], index: number): boolean {
  const term = terms[index];
  const before = terms[index - 1];
  const after = terms[index + 1];
  if (isShoutedMonthInName(term, before, after)) return true;
  if (!term?.tags.has('Month') || !MONTHS_AS_NAMES.has(term.text) || !before || !after) return false;
  if (term.post !== ' ' || before.post !== ' ' || after.sentence !== term.sentence) return false;
  const nameAfter = (isCapitalized(after) && !after.tags.has('Value')) || NAME_PARTICLES.has(after.text);
  const titled = before.tags.has('EntTitle') || before.tags.has('EntRole') || before.tags.has('Honorific');
  const inName = isCapitalized(before) && !NOT_NAME_WORD_TAGS.some((tag) => before.tags.has(tag));
  return nameAfter && (titled || inName);
}

/**
 * "SANTA ROSA DEL MAR, April 2 --": in a name written in capitals, a month's abbreviation after another
 * word of the name, with no day after it, is a word of the name (a date writes its day: "MAR 3").
 */
function isShoutedMonthInName(
  term: EntityTerm | undefined,
  before: EntityTerm | undefined,
  after: EntityTerm | undefined,
): boolean {
  if (!term?.tags.has('Month') || !before || before.post !== ' ' || before.sentence !== term.sentence)
    return false;
  const shouted = (word: string) => /^\p{Lu}{2,}$/u.test(word);
  const dayAfter = after !== undefined && term.post.trim() === '' && after.tags.has('Value');
  return shouted(term.text) && shouted(before.text) && !before.tags.has('Month') && !dayAfter;
}

/** Months written in full, which compromise may read as given names ("Since January Harbour Foods"). */
const FULL_MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Prepositions that put a month in time ("since January"), not before a person ("with April Mensah"). */
const TIME_PREPOSITIONS = new Set([
  'since',
  'in',
  'until',
  'till',
  'before',
  'after',
  'during',
  'throughout',
]);

/** "Since January Harbour Foods has hired": a month after such a preposition is a time, not a name's start. */
function isMonthAfterPreposition(terms: readonly EntityTerm[], index: number): boolean {
  const before = terms[index - 1];
  const month = terms[index];
  return (
    month !== undefined &&
    FULL_MONTHS.test(month.text) &&
    TIME_PREPOSITIONS.has(before?.text.toLowerCase() ?? '') &&
    before?.post === ' ' &&
    month.post === ' '
  );
}

/**
 * "Our Ministry of Education", "Its Department for Transport": an organization's head, "of" or "for" and
 * a capitalized word after a possessive determiner is that body's formal name, not a phrase in headline
 * case.
 */
function opensHeadedName(terms: readonly EntityTerm[], index: number): boolean {
  const head = terms[index];
  const connector = terms[index + 1];
  const field = terms[index + 2];
  return (
    head?.tags.has('EntOrgSuffix') === true &&
    !head.tags.has('EntPlaceSuffix') &&
    (connector?.text === 'of' || connector?.text === 'for') &&
    field !== undefined &&
    isCapitalized(field)
  );
}

function isConnector(term: EntityTerm): boolean {
  return CONNECTORS.has(term.text);
}

/**
 * Cuts the release into runs of capitalized words, joined by the small words names contain ("of",
 * "of the", "and", "bin") when a capitalized word follows. Punctuation, quotation marks and a new
 * sentence end a run; a sentence's first word starts one only when it is not a common word.
 *
 * @example
 * findNameSpans(readEntityTerms(parseRelease('He met the Ministry of Foreign Affairs of Malawi.')))
 * // [{ text: 'Ministry of Foreign Affairs of Malawi', ... }]
 */
export function findNameSpans(terms: readonly EntityTerm[], text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  const insidePairs = namePairsInsideSentences(terms);
  let i = 0;
  while (i < terms.length) {
    const first = terms[i];
    if (first && POSSESSIVE_DETERMINERS.has(first.text) && opensHeadedName(terms, i + 1)) {
      i++;
      continue;
    }
    if (first && POSSESSIVE_DETERMINERS.has(first.text)) {
      // "Its Largest Customer Event": the words it opens are a phrase in headline case, not a name;
      // "His Excellency Jane Doe": an honorific after it still opens a titled name.
      i++;
      while (
        terms[i] &&
        isCapitalized(terms[i] as EntityTerm) &&
        !terms[i]?.tags.has('Honorific') &&
        !terms[i]?.tags.has('EntTitle') &&
        !breaksName(terms[i - 1] as EntityTerm, terms[i] as EntityTerm)
      )
        i++;
      continue;
    }
    // "Tan Sri Ahmad Kassim opened ...": an honorific opening the sentence opens a name, whatever its tags.
    const common =
      first !== undefined &&
      isCommonSentenceStart(first) &&
      honorificLength(terms, i) === 0 &&
      !isSurnameOpeningName(terms, i) &&
      !isNumberOpeningName(terms, i) &&
      // "Harbour Grins said": a verb's look-alike opening a name the text writes inside a sentence.
      !opensNameWrittenInside(terms, i, insidePairs) &&
      !opensUnitName(terms, i) &&
      !isForeignWordOpeningCompany(terms, i);
    const named = first !== undefined && (isCapitalized(first) || isMonthAsName(terms, i));
    if (
      !first ||
      !named ||
      common ||
      isShoutedLabel(terms, i, text) ||
      isPlaceModifier(first) ||
      isMonthAfterPreposition(terms, i)
    ) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const next = nextNamePart(terms, last);
      if (next === null) break;
      last = next;
    }
    const tail = terms[last + 1];
    const lastTerm = terms[last];
    if (
      tail &&
      lastTerm &&
      LOWERCASE_PLACE_HEADS.has(tail.text) &&
      !breaksName(lastTerm, tail) &&
      !isVenueModifier(lastTerm, tail, terms[last + 2])
    )
      last++;
    // "Acme Analytics, Inc.", "Daehan Trading Co., Ltd.": the legal form after a comma belongs to the name.
    else if (
      tail &&
      lastTerm &&
      /^\.?,$/.test(lastTerm.post.trim()) &&
      tail.sentence === lastTerm.sentence &&
      isLegalForm(tail.text)
    )
      last++;
    // "Orvel Dredging (Pty) Ltd": a legal form in parentheses and the form after it end the name.
    else if (tail && lastTerm && closesWithBracketedForm(lastTerm, tail, terms[last + 2])) last += 2;
    spans.push(makeSpan(terms, i, last, text));
    i = last + 1;
  }
  const named = withOrdinalOpeners(
    terms,
    cutBeforeDescribedNames(terms, cutAfterCompanyNames(terms, joinCutNames(terms, spans, text), text), text),
    text,
  );
  return joinDashedRouteNames(terms, named, text);
}

/** "(Pty) Ltd" right after a name, in the same sentence, the brackets hugging the first form. */
function closesWithBracketedForm(
  last: EntityTerm,
  bracketed: EntityTerm,
  form: EntityTerm | undefined,
): boolean {
  return (
    form !== undefined &&
    last.post === ' ' &&
    bracketed.pre === '(' &&
    bracketed.post === ') ' &&
    bracketed.sentence === last.sentence &&
    form.sentence === last.sentence &&
    isBracketedLegalForm(bracketed.text, form.text)
  );
}

/** Articles a name goes on through after "de" and its like ("Casa de las Artes", "Banco de la Plata"). */
const ROMANCE_ARTICLES_AFTER: Readonly<Record<string, readonly string[] | undefined>> = {
  de: ['la', 'las', 'los', 'el', 'les'],
  da: ['la'],
  aan: ['de', 'het'],
};

/** The index of the last term of the next name part after `last`, or null when the name ends. */
function nextNamePart(terms: readonly EntityTerm[], last: number): number | null {
  const current = terms[last];
  const next = terms[last + 1];
  // "Tarvel Public School No. 12": the number closes the name, though the sign's full stop ends a sentence.
  if (isInstitutionNumber(terms, last) && next) return last + 1;
  if (!current || !next || breaksName(current, next)) return null;
  if (isCapitalized(next) || isMonthAsName(terms, last + 1)) return last + 1;
  // "Vltava Grid a.s.": a legal form in lower case ends the company's name.
  if (isLowerCaseLegalForm(next.text) && current.post === ' ') return last + 1;
  if (/\d/.test(next.text) && /\p{L}/u.test(next.text) && !current.possessive) return last + 1;
  if (isEpithetAfter(terms, last)) return last + 2;
  if (current.possessive) return null;
  // "Pula ya Kgosi Trust": a particle of the name's own language, before the rest of a body's name.
  if (!isConnector(next)) return particleJoinsName(terms, last) ? last + 2 : null;
  // "on" joins only after a head that takes it ("Conference on Trade"), not "Square on the Mall".
  if (next.text === 'on' && !current.tags.has('EntOrgSuffix') && !current.tags.has('EntEventWord'))
    return null;
  let k = last + 2;
  const pairedParticle = terms[k];
  if (NAME_PARTICLES.has(next.text) && pairedParticle && NAME_PARTICLES.has(pairedParticle.text)) {
    if (breaksName(next, pairedParticle)) return null;
    k++;
  }
  const afterConnector = terms[k];
  const article = ['of', 'for', 'on'].includes(next.text) ? ['the'] : ROMANCE_ARTICLES_AFTER[next.text];
  if (afterConnector !== undefined && article?.includes(afterConnector.text)) {
    if (breaksName(next, afterConnector)) return null;
    k++;
  }
  const head = terms[k];
  const before = terms[k - 1];
  if (!head || !before || breaksName(before, head)) return null;
  return isCapitalized(head) || isSeaAfterParticle(before, head) ? k : null;
}

/**
 * "Puerto del Mar", "Vila do Mar": after a Spanish or Portuguese particle "Mar" is the sea, a word of
 * the name, not March cut short.
 */
function isSeaAfterParticle(particle: EntityTerm, word: EntityTerm): boolean {
  return word.text === 'Mar' && ['del', 'do', 'da', 'de'].includes(particle.text);
}
