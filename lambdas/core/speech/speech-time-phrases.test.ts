import { describe, expect, it } from 'vitest';
import { skipTimePhrase } from './speech-time-phrases.ts';
import { tokenize } from './speech-tokens.ts';

/** The word after the time phrase that follows the first word, or null at the end. */
function afterTimePhrase(words: string): string | null {
  const tokens = tokenize(words);
  return tokens[skipTimePhrase(tokens, 1)]?.text ?? null;
}

describe('skipTimePhrase', () => {
  it.each<[string, string | null]>([
    ['said on Monday that', 'that'],
    ['said Tuesday the ferry', 'the'],
    ['said last week that', 'that'],
    ['said this plan works', 'this'],
    ['said the plan works', 'the'],
    ['said March 12 that', 'that'],
  ])('%s', (words, expected) => {
    expect(afterTimePhrase(words)).toBe(expected);
  });
});
