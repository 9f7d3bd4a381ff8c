import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a title after "the", set off by a comma before the name it describes', () => {
  it.each<[string, string, string[]]>([
    [
      'a portfolio of common nouns before an honorific',
      'The well opened on Monday, where the Minister of State for Rural Water Supply, Dr. Grace Atim Okello, cut the ribbon.',
      ['Grace Atim Okello'],
    ],
    [
      'a portfolio before a given name',
      'Guests were welcomed by the Secretary for Coastal Fisheries Policy, Helena Brask, at the pier.',
      ['Helena Brask'],
    ],
    [
      'a titled name with no comma after it is still read',
      'Minister of Culture Ana Ruiz Vidal opened the fair.',
      ['Ana Ruiz Vidal'],
    ],
  ])('%s', (_case, text, names) => {
    expect(namesOf(entitiesOf(text).people)).toEqual(names);
  });
});
