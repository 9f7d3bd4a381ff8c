const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g;

/**
 * Folds a name to the form two annotators would agree on: lower case, no diacritics, one dash and
 * quotation-mark style, single spaces, no leading "the", no possessive "'s", no edge punctuation.
 *
 * @example
 * normalizeName('The Ministry of Culture\u2019s') // 'ministry of culture'
 * normalizeName('São Tomé') === normalizeName('Sao Tome') // true
 */
export function normalizeName(name: string): string {
  return foldCharacters(name)
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/^[\s"'.,;:()[\]]+|[\s"'.,;:()[\]]+$/g, '');
}

/**
 * The words of a quotation, folded, for token-overlap comparison.
 *
 * @example
 * quoteTokens('\u201CWe\u2019re ready,\u201D') // ["we're", 'ready']
 */
export function quoteTokens(text: string): string[] {
  return foldCharacters(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Token-overlap F1 of two texts (bag of words): 1 for the same words, 0 for none in common.
 *
 * @example
 * tokenOverlapF1('we will open a school', 'we will open a new school') // 10 / 11
 */
export function tokenOverlapF1(a: string, b: string): number {
  const left = quoteTokens(a);
  const right = quoteTokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of left) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of right) {
    const available = counts.get(token) ?? 0;
    if (available > 0) {
      common++;
      counts.set(token, available - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}

function foldCharacters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
