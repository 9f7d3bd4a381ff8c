import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe("a place's short form in parentheses names no organization", () => {
  it.each([
    [
      "a short form in the place's own language, used again",
      'HANOVER - Lower Saxony (NDS) Premier Amon Riva opened a fish market. Related news: NDS targets 2 million tons of fish.',
      'NDS',
    ],
    [
      'after a preposition of place',
      'Farmers in Lower Saxony (NDS) sowed early. NDS targets 2 million tons.',
      'NDS',
    ],
    [
      "made of the place's initials",
      'Lower Saxony (LS) Premier Amon Riva opened a port on Monday.',
      'Lower Saxony',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).not.toContain(name);
    expect(namesOf(entities.locations)).toContain('Lower Saxony');
  });

  it.each([
    [
      "a place ending a body's name",
      'The Water Authority of Lower Saxony (WBN) met. WBN Chairman Jo Riva spoke.',
      'Water Authority of Lower Saxony',
    ],
    [
      'a body named after the place',
      'The Orvale Dairy Board (ODB) said prices would rise.',
      'Orvale Dairy Board',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });
});
