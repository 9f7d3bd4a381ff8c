import { describe, expect, it } from 'vitest';
import { isGerundOrPlural } from './word-classes.ts';

describe('isGerundOrPlural', () => {
  it.each([
    ['a trade', 'Brewing', true],
    ['a body of people', 'Commissioners', true],
    ['a plural of goods', 'Seafoods', true],
    ['a city the lexicon knows', 'Aarhus', false],
    ['an unknown name', 'Kessu', false],
    ['a singular noun', 'Hotel', false],
    ['a short word', 'Is', false],
  ])('%s: %s', (_case, word, expected) => {
    expect(isGerundOrPlural(word)).toBe(expected);
  });
});
