import type { QuotedSpan } from './quote-marks.ts';

/**
 * A quoted phrase that modifies a noun, between its determiner and the noun ("the festival's "zero
 * waste" pledge", "its "open door" policy", "a "buy local" campaign"), names a thing the writer talks
 * about: it is a term or a scare quote, no speech of its own.
 */

/** A determiner or a possessive right before the opening mark. */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those)|\p{L}['’]s)\s*$/iu;
/** A lower-case word right after the closing mark. */
const WORD_AFTER = /^\s*(\p{Ll}[\p{Ll}-]*)/u;

/**
 * Words after a closing mark that are no noun the quote could modify: function words, verbs of being
 * and having, modals ('the "new normal" is here', 'a "fair deal" for farmers').
 */
const NOT_NOUNS = new Set([
  'and',
  'or',
  'but',
  'nor',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'as',
  'from',
  'into',
  'than',
  'that',
  'which',
  'who',
  'where',
  'when',
  'while',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'said',
  'says',
  'he',
  'she',
  'it',
  'they',
  'we',
  'not',
  'also',
  'now',
  'then',
  'so',
]);

/**
 * True when the quoted words between `openAt` and `closeAt` (the offsets of the marks in `text`)
 * modify the noun after them: a determiner or a possessive before the opening mark, a lower-case noun
 * right after the closing mark. A participle after the mark ("a "silent aesthetics" rooted in ...")
 * or an adverb leaves the quote a phrase of its own.
 *
 * @example
 * isQuotedModifier('The fair\'s "zero waste" pledge was kept.', 11, 22) // true
 * isQuotedModifier('She called it "a beacon" of hope.', 14, 23) // false
 */
export function isQuotedModifier(text: string, openAt: number, closeAt: number): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, openAt - 24), openAt))) return false;
  const word = WORD_AFTER.exec(text.slice(closeAt + 1, closeAt + 40))?.[1];
  if (word === undefined || NOT_NOUNS.has(word)) return false;
  return !/(?:ed|ly|ing)$/u.test(word);
}

/**
 * True when a quotation is a term that modifies the noun after it (see `isQuotedModifier`).
 *
 * @example
 * isTermQuote(text, span) // true for the span of '"zero waste"' in 'The fair\'s "zero waste" pledge held.'
 */
export function isTermQuote(text: string, quote: QuotedSpan): boolean {
  return quote.closeAt !== null && isQuotedModifier(text, quote.openAt, quote.closeAt);
}
