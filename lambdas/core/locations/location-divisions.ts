import {
  type EntityContext,
  rangeTerms,
  rangeText,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';

/**
 * Divisions of a country in the words of its own language, which English releases keep in lower case
 * after the name: Central Asian districts and regions, Mongolian provinces and counties, South Asian
 * sub-districts, Slavic districts and communes, Ethiopian districts, French and Vietnamese communes,
 * North African and Omani provinces, Bhutanese districts and blocks, Ukrainian and Russian units,
 * Central Asian neighbourhoods.
 */
export const LOCAL_DIVISIONS: readonly (readonly [string, string])[] = [
  ['etrap', 'etraps'],
  ['velayat', 'velayats'],
  ['viloyat', 'viloyats'],
  ['tuman', 'tumans'],
  ['aimag', 'aimags'],
  ['soum', 'soums'],
  ['upazila', 'upazilas'],
  ['tehsil', 'tehsils'],
  ['taluka', 'talukas'],
  ['raion', 'raions'],
  ['krai', 'krais'],
  ['gmina', 'gminas'],
  ['powiat', 'powiats'],
  ['woreda', 'woredas'],
  ['kebele', 'kebeles'],
  ['barangay', 'barangays'],
  ['commune', 'communes'],
  ['wilaya', 'wilayas'],
  ['wilayat', 'wilayats'],
  ['dzongkhag', 'dzongkhags'],
  ['gewog', 'gewogs'],
  ['jamoat', 'jamoats'],
  ['hromada', 'hromadas'],
  ['okrug', 'okrugs'],
  ['rayon', 'rayons'],
  ['mahalla', 'mahallas'],
];

const LOCAL_DIVISION_WORDS = new Set(LOCAL_DIVISIONS.flat());

/**
 * Divisions whose own language writes the word before the name ("Barangay Kessu", "Kabupaten Orvala"):
 * Philippine wards, Indonesian and Malay regencies, districts and villages, Thai districts.
 */
const LOCAL_DIVISION_OPENERS = new Set([
  'Barangay',
  'Kampung',
  'Kabupaten',
  'Kecamatan',
  'Kelurahan',
  'Desa',
  'Mukim',
  'Amphoe',
  'Tambon',
]);

/**
 * Whether the words name a division with its own language's word for it: the word after a name of one
 * or two words ("Kessu etrap", "Tarvo Upazila"), or before one of capitalized words ("Barangay Kessu",
 * "Kampung Orvala Baru").
 *
 * @example
 * namesLocalDivision(['Barangay', 'Kessu']) // true; namesLocalDivision(['Desa']) // false
 */
export function namesLocalDivision(words: readonly string[]): boolean {
  const [first, ...rest] = words;
  const last = rest[rest.length - 1];
  if (first === undefined || last === undefined || rest.length > 2) return false;
  if (isLocalDivision(last)) return true;
  return LOCAL_DIVISION_OPENERS.has(first) && rest.every((word) => /^\p{Lu}\p{Ll}/u.test(word));
}

/**
 * Whether the word is a division in its own language's word, either case, singular or plural.
 *
 * @example
 * isLocalDivision('etrap') // true; isLocalDivision('district') // false
 */
export function isLocalDivision(word: string): boolean {
  return LOCAL_DIVISION_WORDS.has(word.toLowerCase());
}

/**
 * Common nouns for the divisions of a country. Written in lower case after a name ("Sichuan province",
 * "Nakuru and Bomet counties") they say what the name is, and are no part of it.
 */
const DIVISIONS = new Map<string, string>([
  ['province', 'provinces'],
  ['region', 'regions'],
  ['county', 'counties'],
  ['district', 'districts'],
  ['state', 'states'],
  ['governorate', 'governorates'],
  ['prefecture', 'prefectures'],
  ['municipality', 'municipalities'],
  ['oblast', 'oblasts'],
  ['canton', 'cantons'],
  ['voivodeship', 'voivodeships'],
  ['emirate', 'emirates'],
  ['department', 'departments'],
  // The divisions' own words, kept in English text ("Kessu etrap", "the Tarvo and Orvala upazilas").
  ...LOCAL_DIVISIONS,
]);

const DIVISION_PLURALS = new Set(DIVISIONS.values());

/** Whether the word is a division noun in lower case, singular or plural ("province", "counties"). */
export function isDivisionNoun(word: string): boolean {
  return DIVISIONS.has(word) || DIVISION_PLURALS.has(word);
}

/**
 * "Tarvel and Ostrana provinces", "Kessu, Orvala and Marvik counties": a list of names right before a
 * plural division noun in lower case names that many divisions, each a place.
 *
 * @example
 * precedesDivisionPlural(context, rangeOf('Ostrana')) // true in 'Tarvel and Ostrana provinces'
 */
export function precedesDivisionPlural(context: EntityContext, last: TermRange): boolean {
  const end = context.terms[last.to];
  const after = termAfter(context, last);
  return end?.post.trim() === '' && after !== undefined && DIVISION_PLURALS.has(after.text);
}

/** Division nouns that also name the units of an organization ("the Finance and Legal departments"). */
const UNIT_PLURALS = new Set(['departments']);

/**
 * Whether the division noun after a list also names the units of an organization, so that the list
 * holds places only when one of its names is a place already.
 *
 * @example
 * precedesUnitPlural(context, rangeOf('Legal')) // true in 'the Finance and Legal departments'
 */
export function precedesUnitPlural(context: EntityContext, last: TermRange): boolean {
  return UNIT_PLURALS.has(termAfter(context, last)?.text ?? '');
}

/**
 * "the governorates of Tarvel, Ostrana and Kessu": a list after a plural division noun and "of".
 *
 * @example
 * followsDivisionsOf(context, rangeOf('Tarvel')) // true in 'the regions of Tarvel and Kessu'
 */
export function followsDivisionsOf(context: EntityContext, first: TermRange): boolean {
  const of = termBefore(context, first);
  const noun = termBefore(context, first, 2);
  return of?.text === 'of' && noun !== undefined && DIVISION_PLURALS.has(noun.text);
}

/** Lower-case nouns for a part of a sea, a river or a range ("the Tarvo Sea coast", "the Oro River basin"). */
const PART_NOUNS = new Set(['coast', 'coastline', 'shore', 'shores', 'basin', 'banks', 'region', 'delta']);
/** Capitalized heads that complete a feature's name ("Tarvo Sea", "Oro River", "Kessu Mountains"). */
const FEATURE_HEADS = new Set(['Sea', 'Ocean', 'River', 'Lake', 'Gulf', 'Bay', 'Mountains', 'Strait']);

function namesWholeFeature(terms: readonly EntityTerm[]): boolean {
  const last = terms[terms.length - 1];
  const head = terms[terms.length - 2];
  return (
    last !== undefined &&
    head !== undefined &&
    PART_NOUNS.has(last.text) &&
    FEATURE_HEADS.has(head.text) &&
    head.post === ' '
  );
}

/**
 * "Sichuan province" names Sichuan: a place the gazetteer knows by name alone, then the lower-case noun
 * for its kind of division or for a part of it ("the Mombasa coast"), which the place's own name leaves out. A name known only with the noun
 * ("Tamsui district") keeps it. "the Tarvo Sea coast" names the Tarvo Sea: a name complete with its
 * own feature head, then a lower-case noun for a part of it. The range without that noun, or undefined
 * when it does not apply.
 *
 * @example
 * withoutDivisionNoun(context, rangeOf('Sichuan province')) // range of 'Sichuan'
 */
export function withoutDivisionNoun(context: EntityContext, range: TermRange): TermRange | undefined {
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  if (terms.length >= 3 && last !== undefined && namesWholeFeature(terms))
    return { ...range, to: range.to - 1 };
  const named = endsInKindNoun(terms) && terms.slice(0, -1).every((term) => term.tags.has('EntLexPlace'));
  return named ? { from: range.from, to: range.to - 1 } : undefined;
}

/** Lower-case nouns of a river's or a mountain range's kind, written after its name ("the Oskel river"). */
const FEATURE_KIND_NOUNS = new Set(['river', 'range']);

function endsInKindNoun(terms: readonly EntityTerm[]): boolean {
  const last = terms[terms.length - 1];
  return (
    terms.length >= 2 &&
    last !== undefined &&
    (DIVISIONS.has(last.text) || PART_NOUNS.has(last.text) || FEATURE_KIND_NOUNS.has(last.text))
  );
}

/**
 * The other form of a place written with the lower-case noun of its kind ("the Nawa region", "the
 * Oskel river", "Sichuan province"): releases and readers name such a place with the noun and without
 * it, so the name holds one form and the alias the other. `named` is the range the name was given. A
 * country's name before the noun ("the Niger river") is another place, and a sea's part ("the Tarvo
 * Sea coast") has no form with its noun.
 *
 * @example
 * kindNounAlias(context, rangeOf('Kessuvo district'), rangeOf('Kessuvo district')) // 'Kessuvo'
 * kindNounAlias(context, rangeOf('Sichuan province'), rangeOf('Sichuan')) // 'Sichuan province'
 */
export function kindNounAlias(
  context: EntityContext,
  range: TermRange,
  named: TermRange,
): string | undefined {
  const terms = rangeTerms(context, range);
  if (!endsInKindNoun(terms) || namesWholeFeature(terms)) return undefined;
  const bare = terms.slice(0, -1);
  if (bare.length === 1 && bare[0]?.tags.has('Country')) return undefined;
  const form = named.to === range.to ? { from: range.from, to: range.to - 1 } : range;
  return rangeText(context, form);
}
