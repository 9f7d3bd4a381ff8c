import { vocabularyTagsOf } from '../nlp/plugins/entity-words.ts';

/**
 * Names of bodies that French, Spanish, Portuguese and Italian write in sentence case: the head noun
 * first and capitalized, then particles and words in lower case ("Société nationale de gestion des
 * ports (SONAGEP)", "Agence régionale de santé (ARS)"). Only the short form in parentheses tells where
 * such a name begins and ends, so a name is read only before one.
 */

/** Particles of those languages, with no letter in the short form ("de", "della", "pour la"). */
const PARTICLES = new Set([
  'de',
  'des',
  'du',
  'd',
  'la',
  'le',
  'les',
  'l',
  'et',
  'pour',
  'en',
  'au',
  'aux',
  'à',
  'sur',
  'y',
  'del',
  'los',
  'las',
  'el',
  'para',
  'e',
  'da',
  'do',
  'das',
  'dos',
  'di',
  'della',
  'delle',
  'dello',
  'dei',
  'degli',
  'dell',
  'per',
]);

/** Particles that only those languages write, so that a name with one is written in one of them. */
const FOREIGN_PARTICLE =
  /^(?:de|des|du|d|la|les|l|pour|aux|à|y|del|los|las|para|da|do|das|dos|di|della|delle|dello|dei|degli|dell|per)$/;

/** Heads those languages share with English, written first in theirs ("Organisation pour ..."). */
const SHARED_HEADS = new Set([
  'organisation',
  'organización',
  'organização',
  'organizzazione',
  'union',
  'unión',
  'unione',
  'office',
  'direction',
  'centre',
  'centro',
  'fédération',
  'federazione',
  'commission',
  'commissione',
  'association',
  'autorité',
  'autoridad',
  'autoridade',
  'autorità',
  'banca',
  'caisse',
  'cassa',
  'syndicat',
  'régie',
  'établissement',
  'observatoire',
  'institution',
  'entreprise',
]);

/** A word of the name: its text without an elided particle ("d'exploitation" -> "exploitation"). */
interface NameWord {
  readonly text: string;
  readonly index: number;
}

/** Words a name does not run through: English function words, or words with a digit. */
const ENGLISH = /^(?:the|of|and|for|by|with|from|to|in|on|at|its|their|which|that|is|was|a|an)$/i;

/**
 * The sentence-case name before a short form in parentheses: from the nearest head written first
 * (capitalized) to the end of `before`, when the words between are particles and words in either case, at
 * least one of them a particle of those languages, and the short form is made of the opening letters
 * of its words in order, the first word's and the last word's among them. Returns the offset in
 * `before` where the name starts and the name, or null.
 *
 * @example
 * sentenceCaseName('SONAGEP', 'run by the Société nationale de gestion des ports ')
 * // { start: 11, long: 'Société nationale de gestion des ports' }
 */
export function sentenceCaseName(short: string, before: string): { start: number; long: string } | null {
  if (!/^\p{Lu}{2,8}$/u.test(short)) return null;
  const stop = before.trimEnd().length;
  const words: NameWord[] = [...before.slice(0, stop).matchAll(/\S+/g)].map((match) => ({
    text: match[0],
    index: match.index,
  }));
  for (let at = words.length - 1; at >= Math.max(0, words.length - 14); at--) {
    const word = words[at] as NameWord;
    if (!/^[\p{L}'’-]+$/u.test(word.text) || ENGLISH.test(word.text)) return null;
    if (isHeadWrittenFirst(word.text) && at < words.length - 1) {
      const name = words.slice(at);
      const foreign = hasRomanceParticle(name.map((part) => part.text));
      if (!foreign || !abbreviates(short, contentWords(name))) return null;
      return { start: word.index, long: before.slice(word.index, stop) };
    }
  }
  return null;
}

/**
 * Whether a name has a particle that only French, Spanish, Portuguese or Italian write ("de", "della",
 * "d'"): it is written in one of them.
 *
 * @example
 * hasRomanceParticle(['Instituto', 'Nacional', 'de', 'Pesca']) // true; hasRomanceParticle(['Bank', 'of', 'Tarvel']) // false
 */
export function hasRomanceParticle(words: readonly string[]): boolean {
  return words.some((word) => FOREIGN_PARTICLE.test(elision(word) ?? word.toLowerCase()));
}

/**
 * Whether the lower-case words between a head written first and a capitalized name are such a name's
 * middle: two to six words, the first and the last a particle, one or more words of their own, one
 * particle of those languages and no English word ("des producteurs du" in "Union des producteurs du
 * Fouta").
 *
 * @example
 * isSentenceCaseMiddle(['des', 'producteurs', 'du']) // true; isSentenceCaseMiddle(['of', 'farmers', 'in']) // false
 */
export function isSentenceCaseMiddle(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((word) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(word) && !ENGLISH.test(word)) &&
    isParticle(first) &&
    isParticle(last) &&
    words.some((word) => !isParticle(word)) &&
    hasRomanceParticle(words)
  );
}

/** A particle, or a word opening with an elided one ("d'", "l'") that then opens the next word. */
function isParticle(word: string): boolean {
  return PARTICLES.has(word) || /^[dl]['’]$/u.test(word);
}

/**
 * Whether the word is a capitalized head that French, Spanish, Portuguese or Italian write first
 * ("Société", "Union", "Instituto").
 *
 * @example
 * isHeadWrittenFirst('Société') // true; isHeadWrittenFirst('société') // false
 */
export function isHeadWrittenFirst(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  return vocabularyTagsOf(word).includes('EntOrgHeadFirst') || SHARED_HEADS.has(word.toLowerCase());
}

/** The particle elided before a word ("d" of "d'exploitation"), or null. */
function elision(word: string): string | null {
  return /^([dl])['’]/iu.exec(word)?.[1]?.toLowerCase() ?? null;
}

/** The words that are no particles, with their elided particle cut off, in lower case without accents. */
function contentWords(name: readonly NameWord[]): string[] {
  return name
    .map((word) => word.text.replace(/^[dl]['’]/iu, ''))
    .filter((word) => !PARTICLES.has(word.toLowerCase()))
    .map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

/**
 * Whether the short form is the opening letters of the words in order, each word giving none or
 * more, the first and the last word at least one ("SONAGEP": So-ciété, Na-tionale, Ge-stion, P-orts).
 */
function abbreviates(short: string, words: readonly string[]): boolean {
  const letters = short.toLowerCase();
  const memo = new Map<string, boolean>();
  const fits = (word: number, letter: number): boolean => {
    if (word === words.length) return letter === letters.length;
    const key = `${word}:${letter}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const text = words[word] ?? '';
    const mustGive = word === 0 || word === words.length - 1;
    let result = false;
    for (let take = mustGive ? 1 : 0; take <= text.length && letter + take <= letters.length; take++) {
      if (text.slice(0, take) !== letters.slice(letter, letter + take)) break;
      if (fits(word + 1, letter + take)) {
        result = true;
        break;
      }
    }
    memo.set(key, result);
    return result;
  };
  return fits(0, 0);
}
