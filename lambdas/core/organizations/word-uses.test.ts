import { describe, expect, it } from 'vitest';
import type { EntityContext } from '../entities/entity-context.ts';
import { wordUses } from './word-uses.ts';

const contextOf = (text: string): EntityContext => ({
  text,
  terms: [],
  knownForms: new Set(),
  commonAcronyms: new Set(),
});

describe('wordUses', () => {
  it.each([
    [
      'a surname after a given name',
      'Halima Oduya spoke first. Oduya announced the fund.',
      'Oduya',
      [true, false, true],
    ],
    [
      'the first word of a longer name',
      'Brenwick Foods opened a plant. Brenwick announced more.',
      'Brenwick',
      [false, true, false],
    ],
    [
      'a name only after lower-case words',
      'Shares of Tovar rose, and Tovar announced a dividend.',
      'Tovar',
      [false, false, true],
    ],
    [
      'a name only where sentences start',
      'Police reported calm. Police announced the arrests.',
      'Police',
      [false, false, false],
    ],
    [
      'after a digit or a semicolon',
      'It rose in 2025; Karvel hired. By 2026 Karvel grew.',
      'Karvel',
      [false, false, true],
    ],
    [
      'a longer word holding the name is not the name',
      'The Ostravan Lines met. Ostravans came. Ostrava reported.',
      'Ostrava',
      [false, false, false],
    ],
    ['a word the text never writes', 'Nothing here names it.', 'Melk', [false, false, false]],
  ])('%s', (_case, text, word, [afterCapitalized, beforeCapitalized, midSentence]) => {
    expect(wordUses(contextOf(text), word)).toEqual({ afterCapitalized, beforeCapitalized, midSentence });
  });

  it('answers each word of one text from the same index, and another text from its own', () => {
    const first = contextOf('Anna Velt spoke. Velt left.');
    const second = contextOf('Velt Holdings grew. Velt left.');
    expect(wordUses(first, 'Velt').afterCapitalized).toBe(true);
    expect(wordUses(second, 'Velt')).toEqual({
      afterCapitalized: false,
      beforeCapitalized: true,
      midSentence: false,
    });
    expect(wordUses(first, 'Anna').beforeCapitalized).toBe(true);
  });
});
