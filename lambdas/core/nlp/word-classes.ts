import nlp from 'compromise';
import { TITLE_WORDS } from './plugins/vocabulary/title-words.ts';

/** compromise's lexicon: a word (lower case) to its tag or tags. */
const LEXICON = (
  nlp.world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }
).model.one.lexicon;

const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/** Endings of singular names that read as English plurals ("Adamkus", "Ilyas", "Nikolaidis", "Ramos"). */
const NAME_LIKE_ENDING = /(?:as|us|is|os|ys|ss)$/;

const pluralCache = new Map<string, boolean>();

function lexiconTags(word: string): readonly string[] {
  const entry = LEXICON[word.toLowerCase()];
  if (entry === undefined) return [];
  return typeof entry === 'string' ? [entry] : entry;
}

/**
 * Whether the word, read in lower case, is the plural of a common noun ("Wolves", "Hawks", "Rangers"),
 * and compromise does not know it as a name ("Williams", "Santos"). Words with the endings of singular
 * names of other languages are never taken for plurals.
 *
 * @example
 * isCommonPluralNoun('Wolves') // true; isCommonPluralNoun('Jenkins') // false
 */
export function isCommonPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}{3,}s$/u.test(lower) || NAME_LIKE_ENDING.test(lower)) return false;
  const known = lexiconTags(lower);
  if (known.some((tag) => NAME_TAGS.includes(tag))) return false;
  const cached = pluralCache.get(lower);
  if (cached !== undefined) return cached;
  const tags = (nlp(lower).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  const plural = tags.includes('Plural') && !tags.some((tag) => NAME_TAGS.includes(tag));
  pluralCache.set(lower, plural);
  return plural;
}

/**
 * Whether the word is a number written out ("Five", "Eleven"), as compromise's lexicon knows them.
 *
 * @example
 * isNumberWord('Seven') // true; isNumberWord('Severin') // false
 */
export function isNumberWord(word: string): boolean {
  return lexiconTags(word).includes('Cardinal');
}

/**
 * Whether compromise's lexicon knows the word as a given name or a surname ("Clement", "Marion").
 *
 * @example
 * isKnownName('Clement') // true; isKnownName('Distribution') // false
 */
export function isKnownName(word: string): boolean {
  return lexiconTags(word).some((tag) => NAME_TAGS.includes(tag));
}

/**
 * Whether compromise's lexicon knows the word as a given name, whatever the context tagged it.
 *
 * @example
 * isKnownFirstName('Mark') // true; isKnownFirstName('Wolves') // false
 */
export function isKnownFirstName(word: string): boolean {
  return lexiconTags(word).some((tag) => FIRST_NAME_TAGS.includes(tag));
}

const commonFormCache = new Map<string, boolean>();

/**
 * Whether the word, read alone in lower case, is a gerund or a plural noun ("Brewing", "Commissioners"),
 * words that end the names of firms and bodies, not of towns. Places the lexicon knows never are.
 *
 * @example
 * isGerundOrPlural('Brewing') // true; isGerundOrPlural('Aarhus') // false
 */
export function isGerundOrPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}{3,}$/u.test(lower)) return false;
  const cached = commonFormCache.get(lower);
  if (cached !== undefined) return cached;
  const tags = (nlp(lower).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  const common = (tags.includes('Gerund') || tags.includes('Plural')) && !tags.includes('Place');
  if (commonFormCache.size >= 10_000) commonFormCache.clear();
  commonFormCache.set(lower, common);
  return common;
}

const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);

/**
 * Whether the word, in lower case, is one of the title words of the entity vocabulary: an office or
 * an honorific written before a name ("commissioner", "director", "minister").
 *
 * @example
 * isTitleWord('Commissioner') // true; isTitleWord('report') // false
 */
export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}
