import { isLocalDivision } from '../locations/location-divisions.ts';
import { isListedCityName } from '../nlp/city-names.ts';
import { lexiconTag } from '../nlp/entity-terms.ts';
import { vocabularyTagsOf } from '../nlp/plugins/entity-words.ts';
import { type Entity, wordsOf } from './found-entity.ts';
import { withoutLegalForm } from './legal-forms.ts';

/** Head nouns of organization names, also of those defined with their acronym. */
export const ORGANIZATION_HEAD =
  /\b(?:group|ministry|university|agency|council|complex|foundation|corporation|bureau|association|committee|commission|institute|bank|forum|organi[sz]ation|fund|programme|center|centre|assembly|conference|alliance|federation|union|board|authority|office|secretariat|department|company|airlines?|airways|holdings|industries|inc|ltd)\b/i;

/**
 * Whether one entity's name is a short form of another's: the surname of a person, the initials of
 * an organization, the name without its head ("Acme" for "Acme Foundation"), or its spelling variant.
 *
 * @example
 * isShortFormOf(entityOf('organization', 'AU'), entityOf('organization', 'Aldermoor University')) // true
 */
export function isShortFormOf(short: Entity, full: Entity): boolean {
  const shortWords = wordsOf(short.name);
  const fullWords = wordsOf(full.name);
  if (short.kind === 'organization' && sameContent(short.name, full.name)) return true;
  const letters = short.name.replace(/\./g, '');
  // "AU" for "Aldermoor University", "U.K." for "United Kingdom", "KFR" for "Kessel Freight Rail, Inc.".
  const initials = [initialsOf(full.name), initialsOf(withoutLegalForm(full.name) ?? full.name)];
  if (letters.length >= 2 && initials.includes(letters)) return true;
  if (shortWords.length >= fullWords.length) return false;
  if (short.kind === 'person') return shortWords.every((word) => fullWords.includes(word));
  if (short.kind === 'location') return isPlaceWithoutHead(short, shortWords, fullWords);
  if (short.kind !== 'organization') return false;
  // "the Institute" for "the Salt Institute", "Acme" for "Acme Foundation".
  const lastWord = fullWords[fullWords.length - 1];
  if (shortWords.length === 1 && shortWords[0] === lastWord) return true;
  // "Kessu Rovers" for "Kessu Rovers Rugby Club": a club named without its sport and "Club".
  const clubTail = fullWords.slice(shortWords.length);
  const clubOf = clubTail.length <= 2 && clubTail[clubTail.length - 1] === 'club';
  if (clubOf && shortWords.every((w, i) => fullWords[i] === w)) return true;
  // "Kessu" for "Club Atlético Kessu": a club named first by "Club" and its sport.
  const dropped = fullWords.length - shortWords.length;
  const clubFirst = fullWords[0] === 'club' && dropped <= 2;
  if (clubFirst && shortWords.every((w, i) => fullWords[i + dropped] === w)) return true;
  // "City Hall" for "Tarvel City Hall": the name without the place written before it.
  const placeAhead = fullWords.length === shortWords.length + 1 && shortWords.length >= 2;
  if (placeAhead && shortWords.every((w, i) => fullWords[i + 1] === w)) return true;
  if (isWithoutOwner(shortWords, fullWords)) return true;
  // "Harbour Club" for "Harbour Club of Northbay", "Universidad Sur" for "Universidad Sur de Chile": the
  // words before "of" (or its like in another language), two or more.
  const ofAt = fullWords.findIndex((word) => NAME_CONNECTORS.has(word));
  if (shortWords.length >= 2 && ofAt === shortWords.length && shortWords.every((w, i) => fullWords[i] === w))
    return true;
  if (isWithoutSeat(shortWords, fullWords) || isDemonymFormOf(shortWords, fullWords)) return true;
  // "Acme" for "Acme Foundation", but "Pacific Forum" is not "Pacific Forum Secretariat": it has its own head.
  const ownHead = ORGANIZATION_HEAD.test(shortWords[shortWords.length - 1] ?? '');
  return (
    !ownHead &&
    !isOrganOf(short.name, lastWord ?? '') &&
    ORGANIZATION_HEAD.test(lastWord ?? '') &&
    shortWords.length === fullWords.length - 1 &&
    shortWords.every((word, index) => fullWords[index] === word)
  );
}

/**
 * "Ocean Relief Programme" for "United Nations Ocean Relief Programme": a body's name with a head of its
 * own, written without the one or two words of the body or place that owns it.
 */
function isWithoutOwner(shortWords: readonly string[], fullWords: readonly string[]): boolean {
  const owner = fullWords.length - shortWords.length;
  const head = shortWords[shortWords.length - 1] ?? '';
  return (
    owner >= 1 &&
    owner <= 2 &&
    shortWords.length >= 2 &&
    !NAME_CONNECTORS.has(shortWords[0] ?? '') &&
    ORGANIZATION_HEAD.test(head) &&
    shortWords.every((word, index) => fullWords[index + owner] === word)
  );
}

/** Heads of the organs of a body: its secretariat, its commission, its court, its parliament. */
const ORGAN_HEAD = /^(?:secretariat|commission|council|parliament|assembly|court|committee)$/;

/**
 * "the AU Commission" after "the AU": an acronym before the head of one of its organs names the body
 * the organ belongs to, another organization.
 */
function isOrganOf(short: string, head: string): boolean {
  return /^\p{Lu}{2,}$/u.test(short) && ORGAN_HEAD.test(head);
}

/**
 * "Tarvel" for "Tarvel City", "the Oskel" for "the Oskel River": a city or a feature written with and
 * without its head word is one place. A country is another place than the city named after it
 * ("Panama", "Panama City"), and a town than the river named after it ("from Oskel", no "the").
 */
function isPlaceWithoutHead(
  short: Entity,
  shortWords: readonly string[],
  fullWords: readonly string[],
): boolean {
  const head = fullWords[fullWords.length - 1] ?? '';
  const longer = fullWords.length === shortWords.length + 1;
  const sameStart = longer && shortWords.every((word, index) => fullWords[index] === word);
  // "the Oskel" after "the river Oskel": a river named first by its head, then without it, unless the
  // short name is a country, a city or a region the lexicon knows ("Niger"); a river it may know.
  const sameEnd = longer && shortWords.every((word, index) => fullWords[index + 1] === word);
  const known = lexiconTag(short.name);
  if (isFormalNameOf(shortWords, fullWords) || isCommonNameOf(short.name, fullWords)) return true;
  // "Innovation House" for "Kessu Innovation House": a venue of two words or more, without its owner's name.
  const venue = vocabularyTagsOf(head).includes('EntPlaceSuffix');
  if (sameEnd && venue && shortWords.length >= 2 && !DIRECTION_WORDS.has(fullWords[0] ?? '')) return true;
  if (sameEnd && fullWords[0] === 'river')
    return (known === undefined || known === 'Place') && short.articled !== false;
  // "Orvatapu" after "Lake Orvatapu": a lake is named without "Lake", with or without "the", unless the
  // short name is a place of its own the lexicon or the gazetteer knows ("Lake Geneva", "Geneva").
  if (sameEnd && fullWords[0] === 'lake') return known === undefined && !isListedCityName(short.name);
  if (!sameStart) return false;
  if (head === 'city') return lexiconTag(short.name) !== 'Country';
  // "the Oskel" after "the Oskel River": a feature named without its head, unless the short name is a
  // place of its own the lexicon knows (a state named like its river) or written without "the", as a
  // town is ("between Oskel and Tarvo").
  if (SHORTENED_FEATURE_HEADS.has(head))
    return lexiconTag(short.name) === undefined && short.articled !== false;
  // "Kessu" after "Kessu Province" or "Kessu woreda": a division named without its noun, unless the short name is a city
  // of its own the lexicon or the gazetteer knows (the province's capital).
  const division = DIVISION_HEADS.has(head) || isLocalDivision(head);
  return division && lexiconTag(short.name) === undefined && !isListedCityName(short.name);
}

/** Words of a region's name before a place's ("North Tarvonia" is no venue of Tarvonia's owner). */
const DIRECTION_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'upper',
  'lower',
  'greater',
  'new',
  'old',
]);

/** Nouns of a form of state that open a country's formal name ("the Kingdom of Tarvonia"). */
const STATE_FORMS = new Set([
  'republic',
  'kingdom',
  'state',
  'sultanate',
  'emirate',
  'principality',
  'commonwealth',
  'federation',
  'grand duchy',
]);

/**
 * "Tarvonia" for "the Kingdom of Tarvonia", "the Islamic Republic of Tarvonia": a country written with
 * and without the form of its state is one place.
 */
function isFormalNameOf(shortWords: readonly string[], fullWords: readonly string[]): boolean {
  const of = fullWords.length - shortWords.length - 1;
  const form = fullWords[of - 1] ?? '';
  return (
    of >= 1 &&
    fullWords[of] === 'of' &&
    (STATE_FORMS.has(form) || STATE_FORMS.has(fullWords.slice(of - 2, of).join(' '))) &&
    shortWords.every((word, index) => fullWords[of + 1 + index] === word)
  );
}

/**
 * "Gabon" for "the Gabonese Republic", "Kessia" for "the Kessi People's Democratic Republic": a country
 * the lexicon knows, sharing its stem with the first word of a state's formal name that ends in the form
 * of its state, is that state. The stem is all of the shorter word, or all of it but its last letter.
 */
function isCommonNameOf(short: string, fullWords: readonly string[]): boolean {
  if (!STATE_FORMS.has(fullWords[fullWords.length - 1] ?? '') || lexiconTag(short) !== 'Country')
    return false;
  // "Dominica" and the "Dominican Republic": a formal name the lexicon knows as a country is another.
  if (lexiconTag(fullWords.join(' ')) === 'Country') return false;
  const name = short.toLowerCase();
  const first = fullWords[0] ?? '';
  let shared = 0;
  while (shared < name.length && name[shared] === first[shared]) shared++;
  return shared >= Math.max(3, Math.min(name.length, first.length) - 1);
}

/** Nouns of divisions of a country, whose name is also written without them ("Kessu Province", "Kessu"). */
const DIVISION_HEADS = new Set([
  'province',
  'district',
  'county',
  'region',
  'prefecture',
  'regency',
  'governorate',
  'department',
  'zone',
]);

/** Heads of features whose name is also written without them ("the Oskel River", "the Oskel"). */
const SHORTENED_FEATURE_HEADS = new Set(['river', 'desert', 'mountains']);

function initialsOf(name: string): string {
  return name
    .split(/[\s,]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/**
 * "Embassy of Norland" for "Embassy of Norland in Tarvel", "Secretariat of Culture" for "Secretariat of
 * Culture of Tarvel": a body written without where it sits or whose it is. The short name has its own
 * "of", so a bare head ("Embassy") is no such form.
 */
function isWithoutSeat(shortWords: readonly string[], fullWords: readonly string[]): boolean {
  const next = fullWords[shortWords.length];
  return (
    shortWords.includes('of') &&
    (next === 'in' || next === 'of') &&
    shortWords.every((word, index) => fullWords[index] === word)
  );
}

/**
 * "Orvanian Ministry of Trade" for "Ministry of Trade of Orvania", "Kelmorese Embassy" for "Embassy of
 * the Republic of Kelmor in Tarvel": the country's adjective before the name stands for "of" and the
 * country after it. The adjective is longer than the country's last word and shares its stem: all of
 * it but one letter, four letters at least ("Kelmorese", "Kelmor").
 */
function isDemonymFormOf(shortWords: readonly string[], fullWords: readonly string[]): boolean {
  const [adjective = '', ...rest] = shortWords;
  if (rest.length === 0 || fullWords[rest.length] !== 'of') return false;
  if (!rest.every((word, index) => fullWords[index] === word)) return false;
  const seatAt = fullWords.indexOf('in', rest.length + 1);
  const country = fullWords[(seatAt > 0 ? seatAt : fullWords.length) - 1] ?? '';
  let shared = 0;
  while (shared < country.length && adjective[shared] === country[shared]) shared++;
  return adjective.length > country.length && shared >= Math.max(4, country.length - 1);
}

/** Words that join a name's head to what follows ("of", Spanish "de", Italian "di"). */
const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'da', 'do', 'di', 'della', 'des', 'du', 'der']);

const STOP_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

/** Same words up to spelling variants ("Malta"/"Maltese", "of"/"for"). */
function sameContent(a: string, b: string): boolean {
  const key = (name: string) =>
    wordsOf(name)
      .filter((word) => !STOP_WORDS.has(word))
      .map((word) => word.slice(0, 5))
      .join(' ');
  return key(a) === key(b) && key(a).includes(' ');
}
