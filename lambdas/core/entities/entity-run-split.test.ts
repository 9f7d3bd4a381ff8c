import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

describe('a run of capitals parted into names', () => {
  it.each([
    [
      'at "and" after a legal form',
      'Kelso Mining Ltd and Tarvel Foods signed the deal.',
      ['Kelso Mining Ltd', 'Tarvel Foods'],
    ],
    ["after a country's possessive", "Peru's Ministry of Energy opened the plant.", ['Ministry of Energy']],
    [
      "after a country's possessive before an office",
      "Kessovia's Office of Statistics published the figures.",
      ['Office of Statistics'],
    ],
    [
      'at "of" before an organization',
      'Professor Ana Lima of the University of Tarvel spoke.',
      ['University of Tarvel'],
    ],
    [
      'between two parties',
      'A memorandum between Kelvani Power and Brenmark Grid was signed.',
      ['Kelvani Power', 'Brenmark Grid'],
    ],
    [
      'at "and" before a body with a head of its own',
      'Engineers from the University of Tarvel and the Kelmor Institute of Technology built it.',
      ['University of Tarvel', 'Kelmor Institute of Technology'],
    ],
    [
      'at "and" before a centre with a head of its own',
      'Staff of the University of Ostrava and VKT Technical Research Centre of Norland built it.',
      ['University of Ostrava', 'VKT Technical Research Centre of Norland'],
    ],
  ])('%s: %s', (_phenomenon, text, organizations) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(organizations);
  });

  it.each([
    ['one name across "and"', 'The Harbour and Canal Museum will open in May.', 'Harbour and Canal Museum'],
    ['a government of a place', 'The Government of Malawi and Acme Foods signed.', 'Government of Malawi'],
    [
      'two fields of one body',
      'The Ministry of Trade and Industry signed.',
      'Ministry of Trade and Industry',
    ],
    [
      'two fields, one of two words',
      'The Ministry of Lands and Natural Resources signed.',
      'Ministry of Lands and Natural Resources',
    ],
    [
      'a plural field',
      'The Department of Health and Human Services signed.',
      'Department of Health and Human Services',
    ],
    [
      "a plural noun's possessive that says whom the body serves",
      "The People's Bank of Tarvel signed.",
      "People's Bank of Tarvel",
    ],
    [
      "a title's possessive that says whom the office serves",
      "The fair was hosted by the Governor's Office of the Vellara Province.",
      "Governor's Office of the Vellara Province",
    ],
    [
      'a field after "for"',
      'The Office for Science and Technology signed.',
      'Office for Science and Technology',
    ],
    [
      'a body named after a place of the form "Bay of X"',
      'The Bay of Kelp Rowing Association said the race would go ahead.',
      'Bay of Kelp Rowing Association',
    ],
    [
      'a commission named after a gulf',
      'The Gulf of Orvale Commission met on Monday.',
      'Gulf of Orvale Commission',
    ],
  ])('keeps %s: %s', (_phenomenon, text, organization) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(organization);
  });
});

describe('a place of the form "Bay of X" alone', () => {
  it.each([
    [
      'a gulf and a republic',
      'The Republic of Kessia and the Gulf of Orvale met.',
      ['Republic of Kessia', 'Gulf of Orvale'],
    ],
  ])('%s: %s', (_phenomenon, text, places) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toEqual([]);
    expect(namesOf(entities.locations)).toEqual(places);
  });
});

describe('two personal names joined by "and"', () => {
  it.each([
    [
      'three-word names, the second opened by a given name',
      'The firm was founded in 2022 by Jóna Björk Hauksdóttir and Tómas Ari Guðmundsson, both engineers.',
      'Tómas Ari Guðmundsson',
    ],
    [
      'a two-word name before a three-word one',
      'The mural was painted by Ilse Marnow and Maria Luisa Ortega last spring.',
      'Maria Luisa Ortega',
    ],
  ])('%s: %s', (_phenomenon, text, person) => {
    expect(namesOf(entitiesOf(text).people)).toContain(person);
  });

  it('two surnames of a firm joined by "and" stay one name', () => {
    const text = 'The audit was done by Marks and Spencer Consulting.';
    expect(namesOf(entitiesOf(text).people)).toEqual([]);
  });
});
