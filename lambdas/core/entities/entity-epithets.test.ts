import { describe, expect, it } from 'vitest';
import { readEntityTerms } from '../nlp/entity-terms.ts';
import { parseRelease } from '../nlp/world.ts';
import { isEpithetAfter } from './entity-epithets.ts';

/** Whether an epithet follows the word `word` of `text`. */
function epithetAfter(text: string, word: string): boolean {
  const terms = readEntityTerms(parseRelease(text));
  return isEpithetAfter(
    terms,
    terms.findIndex((term) => term.text === word),
  );
}

describe('isEpithetAfter: a ruler named with "the" and an epithet', () => {
  it.each<[string, string, string, boolean]>([
    ['a square named after a ruler', 'The concert was held in Casimir the Great Square.', 'Casimir', true],
    ['a bridge named after an elder', 'Traffic crossed the Ivo the Elder Bridge.', 'Ivo', true],
    ['a comma before "the"', 'In Kessu, the Great Hall opened on Monday.', 'Kessu', false],
    ['a word that is no epithet', 'Orvel Kessu the Central Library said.', 'Kessu', false],
  ])('%s: %s', (_case, text, word, expected) => {
    expect(epithetAfter(text, word)).toBe(expected);
  });
});
