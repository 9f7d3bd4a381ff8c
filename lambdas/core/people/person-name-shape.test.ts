import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { readEntityTerms } from '../nlp/entity-terms.ts';
import { parseRelease } from '../nlp/world.ts';
import { endsLikeGroupName, isPersonalHyphenation } from './person-name-shape.ts';

const termsOf = (text: string) => readEntityTerms(parseRelease(text));

describe('isPersonalHyphenation', () => {
  it.each<[string, string, string, boolean]>([
    ['a double surname after a given name', 'Helen Brook-Marsh spoke.', 'Brook-Marsh', true],
    ['a double surname after a title', 'Professor Lind-Moor spoke.', 'Lind-Moor', true],
    ['a hyphenated title', 'The Vice-Chancellor spoke.', 'Vice-Chancellor', true],
    ['two countries paired', 'The Chile-Peru talks ended.', 'Chile-Peru', false],
    ['two cities paired after "the"', 'The Lagos-Accra flight left.', 'Lagos-Accra', false],
    ['a word with no hyphen', 'Helen Marsh spoke.', 'Marsh', false],
  ])('%s', (_case, text, word, expected) => {
    const terms = termsOf(text);
    expect(
      isPersonalHyphenation(
        terms,
        terms.findIndex((term) => term.text === word),
      ),
    ).toBe(expected);
  });
});

describe('endsLikeGroupName', () => {
  it.each<[string, string, boolean]>([
    ['a team named by a plural noun', 'Kestrel Wolves', true],
    ['a company with its legal form', 'Fjordal Bygg AB', true],
    ['a given name before a plural-looking surname', 'Maria Fields', false],
    ['a given name and a surname', 'Maria Lindqvist', false],
  ])('%s', (_case, text, expected) => {
    expect(endsLikeGroupName(termsOf(text))).toBe(expected);
  });
});

describe('double surnames that end in a feature word name people, not places or pairings', () => {
  it.each<[string, string, string]>([
    ['a given name and a double surname', 'Aroha Tane-Marsh said the boats were ready.', 'Aroha Tane-Marsh'],
    [
      'after a hyphenated title',
      'The plan was signed by Vice-Chancellor Professor Aroha Tane-Marsh on Monday.',
      'Aroha Tane-Marsh',
    ],
    [
      'after a title and an organization',
      'It was signed by Kelso Rector Dr. Grace Holm-Field and others.',
      'Grace Holm-Field',
    ],
  ])('%s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });

  it.each<[string, string]>([
    ['two countries paired', 'The Chile-Peru talks ended on Monday.'],
    ['a place with a given name for its first word', 'Tourists flocked to Victoria Falls on Monday.'],
  ])('%s: no person', (_case, text) => {
    expect(entitiesOf(text).people).toEqual([]);
  });
});

describe('a given name and a surname that heads places', () => {
  it.each<[string, string, string]>([
    ['before a speech verb', 'Nora Field said the harvest was late.', 'Nora Field'],
    [
      'before a speech verb, with a natural feature for a surname',
      'Rita Valley said the harvest was late.',
      'Rita Valley',
    ],
    ['after a title', 'The market was opened by Mayor Grace Hall on Monday.', 'Grace Hall'],
    ['after a speech verb, after a quotation', '"We are ready," said Lena Marsh.', 'Lena Marsh'],
    [
      'a hyphenated two-syllable given name, after a title',
      'Professor Jin-ho Park of Kessu University noted that the data were new.',
      'Jin-ho Park',
    ],
    [
      'with a title in apposition',
      'Lena Marsh, chief executive of Brightwater Energy, opened the depot.',
      'Lena Marsh',
    ],
    [
      'after a title, with a natural feature for a surname',
      'The market was opened by Governor Anna Lake on Monday.',
      'Anna Lake',
    ],
    [
      'an unknown given name and a double surname, before a speech verb',
      'Dev Lake-Mehta said the harvest was late.',
      'Dev Lake-Mehta',
    ],
    [
      'an unknown given name and a double surname, after a title',
      'The market was opened by Mayor Dev Lake-Mehta on Monday.',
      'Dev Lake-Mehta',
    ],
  ])('names a person %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });

  it.each<[string, string, string]>([
    ['with no speech verb after it', 'Tourists visited Anna Lake on Monday.', 'Anna Lake'],
    [
      'a hyphenated given name with no cue of a person',
      'The rally was held at Seo-yeon Park on Sunday.',
      'Seo-yeon Park',
    ],
    [
      'with a description that is no title',
      "The concert was held at Grace Hall, the town's main venue.",
      'Grace Hall',
    ],
    // "Sri" and "Salvador" are given names; the pair is a country compromise knows as one name.
    ['when the pair is a country', 'Farmers in Sri Lanka said the rains came late.', 'Sri Lanka'],
    [
      'when the pair is a country, after "in"',
      'Growers in El Salvador said prices had doubled.',
      'El Salvador',
    ],
    ['after a title and "the"', 'The concert was held at the King Olav Hall on Monday.', 'Olav Hall'],
    [
      'after a title and a preposition of place',
      'The parade marched to Queen Maud Park on Monday.',
      'Maud Park',
    ],
  ])('names no person %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).not.toContain(name);
  });
});
