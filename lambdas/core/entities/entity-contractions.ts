import type { AcronymDefinition } from './entity-acronyms.ts';

/** A one-word short form written as a name ("Afrobank"), not in capitals. */
const CONTRACTION_SHAPE = /^\p{Lu}\p{Ll}{4,19}$/u;

/**
 * Small words a name may hold in lower case: English ones and the particles of Romance names ("Festa
 * do Vale", "Banco della Riva").
 */
const NAME_PARTICLES = new Set([
  'of',
  'for',
  'and',
  'the',
  '&',
  'de',
  'do',
  'da',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'des',
  'la',
  'le',
  'y',
  'e',
  'et',
]);

/** At most this many words before the parenthesis make the long form. */
const MAX_WORDS = 8;

/**
 * "Eastern Trade and Development Bank (Eastradebank)": a short form made of the leading letters of the
 * long form's words, in order (words may be skipped, each used word gives at least one letter), the
 * first from its first word and the last from its last word. The long form is the fewest words before
 * the parenthesis that do, all written as a name.
 *
 * @example
 * matchContraction('Eastradebank', 'the Eastern Trade and Development Bank ', 0)?.long
 * // 'Eastern Trade and Development Bank'
 */
export function matchContraction(
  short: string,
  before: string,
  beforeOffset: number,
): AcronymDefinition | null {
  if (!CONTRACTION_SHAPE.test(short)) return null;
  const stop = before.trimEnd().length;
  const words = [...before.slice(0, stop).matchAll(/[^\s]+/g)].slice(-MAX_WORDS);
  const letters = short.toLowerCase();
  for (let count = 2; count <= words.length; count++) {
    const first = words[words.length - count];
    if (!first || !/^\p{Lu}/u.test(first[0])) continue;
    const taken = words.slice(words.length - count).map((word) => word[0]);
    if (!taken.every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_PARTICLES.has(word))) return null;
    const parts = taken.flatMap((word) => word.toLowerCase().split('-'));
    if (spellsFromLeadingLetters(letters, parts)) {
      const longStart = beforeOffset + first.index;
      return {
        short,
        long: before.slice(first.index, stop),
        longStart,
        longEnd: beforeOffset + stop,
        isName: true,
      };
    }
  }
  return null;
}

/**
 * Whether the short form is spelled from the leading letters of the long form's words, as a contraction
 * of that name is ("Eastradebank" of "Eastern Trade and Development Bank").
 *
 * @example
 * isContractionOf('Eastradebank', 'Eastern Trade and Development Bank') // true
 * isContractionOf('Telewire', 'Eastern Wire Service') // false
 */
export function isContractionOf(short: string, long: string): boolean {
  const words = long
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== '');
  return CONTRACTION_SHAPE.test(short) && spellsFromLeadingLetters(short.toLowerCase(), words);
}

/**
 * Whether `letters` is the leading letters of some of `words` in order, starting with the first word and
 * ending with the last.
 */
function spellsFromLeadingLetters(letters: string, words: readonly string[]): boolean {
  const failed = new Set<string>();
  const match = (at: number, word: number): boolean => {
    const key = `${at}:${word}`;
    if (failed.has(key)) return false;
    const current = words[word] ?? '';
    for (let length = Math.min(current.length, letters.length - at); length >= 1; length--) {
      if (current.slice(0, length) !== letters.slice(at, at + length)) continue;
      const next = at + length;
      if (next === letters.length && word === words.length - 1) return true;
      for (let following = word + 1; next < letters.length && following < words.length; following++) {
        if (match(next, following)) return true;
      }
    }
    failed.add(key);
    return false;
  };
  return match(0, 0);
}
