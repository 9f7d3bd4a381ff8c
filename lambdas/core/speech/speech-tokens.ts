/** A word of the working text with its offsets; `lower` is the lower-cased form used for look-ups. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

// Letters or digits, joined by single inner apostrophes, hyphens or dots ("Institute’s", "Silva-Santisteban",
// "U.S"). Each inner group needs its separator, so no two paths match the same characters: linear.
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Cuts `text.slice(start, end)` into word tokens whose offsets point into `text`.
 *
 * @example
 * tokenize('He said so.', 0, 11).map((t) => t.lower) // ['he', 'said', 'so']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  for (const match of slice.matchAll(WORD)) {
    const word = match[0];
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: start + match.index,
      end: start + match.index + word.length,
    });
  }
  return tokens;
}

/** True when the word starts with a capital letter (a name, a title, a sentence start). */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
