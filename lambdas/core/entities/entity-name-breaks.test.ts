import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

describe('an emphasis mark opens a title of its own', () => {
  it.each<[string, string, string[]]>([
    [
      'a name before "for" and a title in asterisks',
      'The prize went to the Oruro-born writer Wilma Condori Ticona for *Los techos de barro*.',
      ['Wilma Condori Ticona'],
    ],
    [
      'a name before "for" and a title in underscores',
      'The prize went to the poet Anselm Virtanen for _Winter Harbours_ this year.',
      ['Anselm Virtanen'],
    ],
    [
      'a name with "of" and no emphasis mark is still one run',
      'The prize went to Juan de la Torre Mesa on Friday.',
      ['Juan de la Torre Mesa'],
    ],
  ])('%s', (_case, text, names) => {
    expect(namesOf(entitiesOf(text).people)).toEqual(names);
  });
});
