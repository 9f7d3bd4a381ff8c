import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { rangeIn } from '../entities/entity-context.test-support.ts';
import { isDescribedAsPerson } from './person-role-appositives.ts';

describe('isDescribedAsPerson', () => {
  it.each<[string, string, string, boolean]>([
    ['a student with qualifiers', "Okabe Ren, a third-year master's student, said so.", 'Okabe Ren', true],
    ['an occupation before a place', 'Ilsa Marvold, an engineer at the yard, said so.', 'Ilsa Marvold', true],
    ['an occupation before "who"', 'Ilsa Marvold, a nurse who trained here, said so.', 'Ilsa Marvold', true],
    ['a firm described by its trade', 'Norvik Tarr, a supplier of valves, said so.', 'Norvik Tarr', false],
    ['a firm by its kind', 'Norvik Tarr, a company from the coast, said so.', 'Norvik Tarr', false],
    ['a thing, not a person', 'Norvik Tarr, a statement read, said so.', 'Norvik Tarr', false],
    [
      "an organization's possessive before the role",
      "Ilsa Marvold, Kessel's programme specialist for soils, said so.",
      'Ilsa Marvold',
      true,
    ],
    [
      "a possessive before a firm's kind",
      "Norvik Tarr, Kessel's parts supplier, said so.",
      'Norvik Tarr',
      false,
    ],
    ['a name of one word', 'Marvold, an engineer, said so.', 'Marvold', false],
    ['a double surname alone', 'Tembo-Aduke, a nurse at the clinic, said so.', 'Tembo-Aduke', true],
    ['an Arabic article before a name', 'Al-Tarvi, a district of the city, grew.', 'Al-Tarvi', false],
    ['no article', 'Ilsa Marvold, engineer, said so.', 'Ilsa Marvold', false],
  ])('%s', (_case, text, name, expected) => {
    const { context, range } = rangeIn(text, name);
    expect(isDescribedAsPerson(context, range)).toBe(expected);
  });
});

describe('a name described as a person in apposition is a person', () => {
  it('lists a name no lexicon knows', () => {
    const text = "Okabe Ren, a third-year master's student who joined the lab, said the kilns were hot.";
    expect(namesOf(entitiesOf(text).people)).toEqual(['Okabe Ren']);
  });

  it('leaves a firm described by its trade to the organizations', () => {
    const text = 'Kessel Marine, a ship operator, said the port was busy.';
    expect(namesOf(entitiesOf(text).people)).toEqual([]);
  });
});

describe('a given name no list knows before a double surname', () => {
  it('is a person, with the double surname alone as its short form', () => {
    const text =
      'Ivo Pelt won the men’s race, while Oyelaran Tembo-Aduke of Lagos took the women’s title. Tembo-Aduke, a nurse at the Orvo clinic, thanked her patients.';
    expect(entitiesOf(text).people).toContainEqual({
      name: 'Oyelaran Tembo-Aduke',
      aliases: ['Tembo-Aduke'],
    });
  });

  it('leaves two names opened by an Arabic article alone', () => {
    const text = 'The clinic opened in Al-Hadra Al-Jadida last week.';
    expect(namesOf(entitiesOf(text).people)).toEqual([]);
  });
});
