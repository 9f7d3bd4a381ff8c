import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';
import { isSentenceCaseMiddle } from './entity-sentence-case-names.ts';

describe('isSentenceCaseMiddle', () => {
  it.each<[string, string, boolean]>([
    ['French particles around a noun', 'des producteurs du', true],
    ['an Italian articulated particle', 'per la tutela del', true],
    ['a Spanish middle', 'de productores de', true],
    ['English words', 'of farmers in', false],
    ['particles only', 'de la', false],
    ['a middle that does not end with a particle', 'des producteurs', false],
    ['a particle English shares, with English words', 'de facto for', false],
  ])('%s: %s', (_case, words, expected) => {
    expect(isSentenceCaseMiddle(words.split(' '))).toBe(expected);
  });
});

describe('names of bodies in sentence case', () => {
  it.each<[string, string, string]>([
    [
      'a French union',
      'Fatou Diallo, president of the Union des producteurs du Fouta, urged the government to act.',
      'Union des producteurs du Fouta',
    ],
    [
      'a French agency',
      'Funds came from the Agence des routes du Kessoa on Monday.',
      'Agence des routes du Kessoa',
    ],
  ])('%s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it('a comma between the head and the name joins nothing', () => {
    const text = 'The Union, des producteurs du Fouta said, will meet in Podor.';
    expect(namesOf(entitiesOf(text).organizations)).not.toContain('Union, des producteurs du Fouta');
  });

  it('an English phrase after a head joins nothing', () => {
    const text = 'The Union of farmers in Kessoa met on Monday.';
    expect(namesOf(entitiesOf(text).organizations)).not.toContain('Union of farmers in Kessoa');
  });
});
