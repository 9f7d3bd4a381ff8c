import type { Token } from './speech-tokens.ts';

// Determiners and prepositions: after them a word is a noun or an adjective, never a finite verb
// ("representatives of state bodies", "the noted author", "a call for calm"). "that" is left out: it
// also opens a relative clause whose verb may report speech ("a report that stated ..."), and "each"
// floats after a plural subject ("the ministers each stressed that ...").
const NOMINAL_OPENERS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'with',
  'from',
  'by',
  'in',
  'on',
  'at',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'these',
  'those',
  'every',
]);

/**
 * True when the word at `tokens[index]` follows a determiner or a preposition, so it is read as a noun
 * or an adjective rather than as a finite verb. Only finite forms are meant: a gerund after a
 * preposition still reports speech ("closed by saying that ...").
 *
 * @example
 * readsAsNoun(tokenize('delegates of state agencies'), 2) // true
 * readsAsNoun(tokenize('officials state that it works'), 1) // false
 */
export function readsAsNoun(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && NOMINAL_OPENERS.has(previous.lower);
}
