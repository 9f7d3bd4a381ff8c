import { describe, expect, it } from 'vitest';
import { tokenize } from './speech-tokens.ts';
import { readsAsNoun } from './speech-verb-nouns.ts';

describe('readsAsNoun', () => {
  it.each<[string, string, boolean]>([
    ['delegates of state agencies from Velmora', 'state', true],
    ['the noted potter Iselde Marrow', 'noted', true],
    ['a stress on water', 'stress', true],
    ['Officials state that the pier is safe.', 'state', false],
    ['Iselde Marrow noted that the pier is safe.', 'noted', false],
    ['a report that stated the pier is safe', 'stated', false],
    ['The two envoys each stressed that the pier is safe.', 'stressed', false],
  ])('%s (%s) → %s', (sentence, word, expected) => {
    const tokens = tokenize(sentence);
    expect(
      readsAsNoun(
        tokens,
        tokens.findIndex((token) => token.text === word),
      ),
    ).toBe(expected);
  });
});
