import { isMissionSeat } from './diplomatic-missions.ts';
import { isLegalForm, takesFullStop } from './legal-forms.ts';
import type { EntityTerm } from './nlp/entity-terms.ts';
import { honorificLength, isAbbreviatedHonorific, isElidedHonorific } from './person-honorifics.ts';

/** A run of capitalized words (with the small words names contain) that may name an entity. */
export interface NameSpan {
  /** Indices of the first and last term, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  /** The words as written, without a final possessive "'s". */
  readonly text: string;
}

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
  'bin',
  'bint',
  'binti',
  'binte',
  'bte',
  'ibn',
  'ould',
  'a/l',
  'a/p',
  'al',
  'el',
  'y',
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

/** Venues written after their name in lower case ("the Tarvo cinema"). */
const VENUE_HEADS = ['cinema', 'theatre', 'theater', 'stadium'];

/** Lower-case heads that close a place name ("Tamsui district"). */
const LOWERCASE_PLACE_HEADS = new Set([
  'district',
  'province',
  'county',
  'prefecture',
  'coast',
  'valley',
  ...VENUE_HEADS,
]);

/**
 * "the Kenyan stadium", "the Tarvo theatre company": a venue noun after a people's adjective, or
 * before another noun it qualifies, closes no place name.
 */
function isVenueModifier(name: EntityTerm, head: EntityTerm, after: EntityTerm | undefined): boolean {
  if (!VENUE_HEADS.includes(head.text)) return false;
  const qualifies =
    after !== undefined && head.post === ' ' && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  return name.tags.has('Demonym') || qualifies;
}

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
 * Whether the word is written like a name: a capital, or a digit-led word with a capital ("24-7News").
 *
 * @example
 * isCapitalized(term) // true for 'Riga' and '24-7Wire', false for 'May' the month
 */
export function isCapitalized(term: EntityTerm): boolean {
  if (term.tags.has('Month') || term.tags.has('WeekDay') || /^(?:AM|PM)$/.test(term.text)) return false;
  if (/^\p{Lu}/u.test(term.text)) return true;
  // Most words hold no capital at all: the shapes below all need one (checked once, not four times).
  if (!/\p{Lu}/u.test(term.text)) return false;
  // An elided article inside a name: "Côte d'Ivoire", "Val d'Isère".
  if (/^\p{Ll}['’]\p{Lu}/u.test(term.text)) return true;
  // An Arabic article joined to a family name: "al-Bashir", "el-Sayed".
  if (/^(?:al|el|as|ash|ad|ar|at|az|an)-\p{Lu}/u.test(term.text)) return true;
  // A lower-case prefix before the capital of a name: "eKhaya", "uMlazi".
  if (/^\p{Ll}\p{Lu}\p{Ll}{2}/u.test(term.text)) return true;
  return /^\d[\p{L}\d-]*\p{Lu}/u.test(term.text);
}

/**
 * Whether the word is all capitals, two letters or more ("BMG", "U.K.").
 *
 * @example
 * isAcronym('U.K.') // true; isAcronym('Lumo') // false
 */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

/** Words that open a sentence, not a name, after an abbreviation's full stop. */
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'In',
  'On',
  'At',
]);

/** "Tarvel-based", "Osk-born": a place's name joined to a participle of where someone or something is. */
export const PLACE_COMPOUND = /^(.*\p{L})-(?:based|headquartered|born)$/iu;

/**
 * Whether punctuation between two words ends any name that runs across them.
 *
 * @example
 * breaksName(termOf('Doe,'), termOf('Chief')) // true: the comma ends the name
 */
export function breaksName(left: EntityTerm, right: EntityTerm): boolean {
  // "Assoc. Prof. Jane Doe", "Arch. Jane Doe": compromise may end a sentence at an abbreviated
  // title's full stop; a name that follows it still belongs with it.
  const titleCutShort = isAbbreviatedHonorific(left) && /^\p{Lu}/u.test(right.text);
  if (left.sentence !== right.sentence && !(titleCutShort && !SENTENCE_OPENERS.has(right.text))) return true;
  // "Tarvel-based Velmar Ltd": the place of the compound qualifies the name after it, apart.
  if (PLACE_COMPOUND.test(left.text)) return true;
  if (/["“”‘([/]/.test(right.pre)) return true;
  // "Acme Energia S.A. The plant ...": the legal form's own full stop also ends the sentence.
  if (/\.$/.test(left.text) && isLegalForm(left.text) && SENTENCE_OPENERS.has(right.text)) return true;
  const between = left.post.trim();
  if (between === '') return false;
  // "Dato' Aminah Rahman", "Smt. Asha Rao": the mark closes the honorific, not the name.
  if (isElidedHonorific(left) || isAbbreviatedHonorific(left)) return false;
  // "the Tarn Weavers’ Cooperative": a plural possessive inside a name.
  if (
    /^['’]$/.test(between) &&
    /s$/.test(left.text) &&
    /^\p{Lu}/u.test(right.text) &&
    left.post.startsWith(between)
  )
    return false;
  const abbreviated = isInitial(left) || left.tags.has('Honorific') || left.tags.has('Abbreviation');
  // "Oracle Corp. The company ...": a full stop after an abbreviation that a new sentence follows.
  const opensSentence =
    SENTENCE_OPENERS.has(right.text) ||
    ['Determiner', 'Pronoun', 'Preposition', 'Conjunction'].some((tag) => right.tags.has(tag));
  if (between === '.' && abbreviated && !opensSentence) return false;
  return true;
}

/**
 * A single capital letter, alone or with its full stop: a middle initial.
 *
 * @example
 * isInitial(termOf('D.')) // true in 'Jane R. Doe'
 */
export function isInitial(term: EntityTerm): boolean {
  return /^\p{Lu}\.?$/u.test(term.text);
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
  if (!term?.tags.has('Month') || !MONTHS_AS_NAMES.has(term.text) || !before || !after) return false;
  if (term.post !== ' ' || before.post !== ' ' || after.sentence !== term.sentence) return false;
  const nameAfter = (isCapitalized(after) && !after.tags.has('Value')) || NAME_PARTICLES.has(after.text);
  const titled = before.tags.has('EntTitle') || before.tags.has('EntRole') || before.tags.has('Honorific');
  const inName = isCapitalized(before) && !NOT_NAME_WORD_TAGS.some((tag) => before.tags.has(tag));
  return nameAfter && (titled || inName);
}

function isConnector(term: EntityTerm): boolean {
  return CONNECTORS.has(term.text);
}

function isCommonSentenceStart(term: EntityTerm): boolean {
  if (!term.sentenceStart) return false;
  if (term.tags.has('Demonym') || term.tags.has('Place') || term.tags.has('Person')) return false;
  // "Representatives of Acme attended": a plural common noun opening the sentence heads no name.
  const commonPlural =
    term.tags.has('Plural') && !term.tags.has('Organization') && !term.tags.has('EntOrgSuffix');
  return COMMON_WORD_TAGS.some((tag) => term.tags.has(tag)) || term.text === 'The' || commonPlural;
}

/**
 * "SOURCE Acme Analytics": a common word in capitals opening a line, before words in ordinary case, is
 * the label of the line, not the start of the name after it.
 */
function isShoutedLabel(terms: readonly EntityTerm[], index: number, text: string): boolean {
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
 */
function isPlaceModifier(term: EntityTerm): boolean {
  return PLACE_MODIFIER.test(term.text) && !PLACE_COMPOUND.test(term.text);
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
  let i = 0;
  while (i < terms.length) {
    const first = terms[i];
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
    const common = first !== undefined && isCommonSentenceStart(first) && honorificLength(terms, i) === 0;
    const named = first !== undefined && (isCapitalized(first) || isMonthAsName(terms, i));
    if (!first || !named || common || isShoutedLabel(terms, i, text) || isPlaceModifier(first)) {
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
    spans.push(makeSpan(terms, i, last, text));
    i = last + 1;
  }
  return joinMissionSeats(terms, joinPortfolios(terms, joinSeriesNames(terms, spans, text), text), text);
}

/**
 * "Ministry of Health, Social Welfare and Water Resources": a head with "of" whose portfolio is a series
 * is cut by the series' commas; joins the parts back when every part after the head is made of common
 * words (no place, person, acronym or head of its own) and the last holds "and".
 */
function joinPortfolios(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  let index = 0;
  while (index < spans.length) {
    const span = spans[index] as NameSpan;
    let end = -1;
    if (opensPortfolio(terms, span)) {
      for (let next = index + 1; next < spans.length && next <= index + 6; next++) {
        const part = spans[next] as NameSpan;
        const previous = spans[next - 1] as NameSpan;
        if (text.slice(previous.end, part.start) !== ', ' || !isPortfolioPart(terms, part)) break;
        if (terms.slice(part.from, part.to + 1).some((term) => term.text === 'and')) {
          end = next;
          break;
        }
      }
    }
    if (end < 0) {
      joined.push(span);
      index++;
      continue;
    }
    joined.push(makeSpan(terms, span.from, (spans[end] as NameSpan).to, text));
    index = end + 1;
  }
  return joined;
}

/** "Embassy of Chile in Lisbon": joins a diplomatic mission's name to its seat after "in". */
function joinMissionSeats(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && isMissionSeat(terms, previous, span, text)) {
      joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
    } else joined.push(span);
  }
  return joined;
}

/** "Ministry of Trade", "Kenya's Ministry of Trade", "Andean Institute of Rivers": a head, "of", one word. */
function opensPortfolio(terms: readonly EntityTerm[], span: NameSpan): boolean {
  const head = terms[span.to - 2];
  return (
    span.to - span.from >= 2 &&
    head?.tags.has('EntOrgSuffix') === true &&
    /^\p{Lu}/u.test(head.text) &&
    terms[span.to - 1]?.text === 'of'
  );
}

const NOT_PORTFOLIO_TAGS = ['EntOrgSuffix', 'EntPlaceSuffix', 'Place', 'Person', 'Acronym', 'Date', 'Value'];

/** A part of a portfolio: common words in capitals; the last may end with whose it is ("... of Ghana"). */
function isPortfolioPart(terms: readonly EntityTerm[], span: NameSpan): boolean {
  const words = terms.slice(span.from, span.to + 1);
  const of = words.findIndex((term) => term.text === 'of');
  const own = of > 0 && words.slice(0, of).some((term) => term.text === 'and') ? words.slice(0, of) : words;
  return own.every(
    (term) =>
      (term.text === 'and' || /^\p{Lu}\p{Ll}+$/u.test(term.text)) &&
      !term.possessive &&
      !NOT_PORTFOLIO_TAGS.some((tag) => term.tags.has(tag)),
  );
}

/**
 * "the Energy, Water and Transport Commission": a name that is itself a series has its first members
 * cut off by commas; joins them back when "the" opens the series and the last part holds "and".
 */
function joinSeriesNames(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    const series =
      previous !== undefined &&
      previous.from === previous.to &&
      text.slice(previous.end, span.start) === ', ' &&
      terms[previous.from - 1]?.text === 'the' &&
      terms.slice(span.from, span.to + 1).some((term) => term.text === 'and') &&
      terms.slice(span.from, span.to + 1).some((term) => term.tags.has('EntOrgSuffix'));
    if (series) joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
    else joined.push(span);
  }
  return joined;
}

/** Articles a name goes on through after "de" and its like ("Casa de las Artes", "Banco de la Plata"). */
const ROMANCE_ARTICLES_AFTER: Readonly<Record<string, readonly string[] | undefined>> = {
  de: ['la', 'las', 'los', 'el', 'les'],
  da: ['la'],
};

/** The index of the last term of the next name part after `last`, or null when the name ends. */
function nextNamePart(terms: readonly EntityTerm[], last: number): number | null {
  const current = terms[last];
  const next = terms[last + 1];
  if (!current || !next || breaksName(current, next)) return null;
  if (isCapitalized(next) || isMonthAsName(terms, last + 1)) return last + 1;
  if (/\d/.test(next.text) && /\p{L}/u.test(next.text) && !current.possessive) return last + 1;
  if (!isConnector(next) || current.possessive) return null;
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
  if (!head || !before || breaksName(before, head) || !isCapitalized(head)) return null;
  return k;
}

/**
 * Builds the span of terms `from..to`, its text a slice of the working text.
 *
 * @example
 * makeSpan(terms, 0, 1, text).text // 'Jane Doe'
 */
export function makeSpan(terms: readonly EntityTerm[], from: number, to: number, text: string): NameSpan {
  const first = terms[from];
  const last = terms[to];
  if (!first || !last) throw new RangeError(`no terms ${from}..${to}`);
  // "Acme Ltd.": the abbreviation's full stop is part of the legal form.
  const dotted = takesFullStop(last.text) && last.post.startsWith('.');
  const end = last.possessive ? last.end - 2 : last.end + (dotted ? 1 : 0);
  return { from, to, start: first.start, end, text: text.slice(first.start, end) };
}
