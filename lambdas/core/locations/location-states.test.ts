import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe("a state's formal name", () => {
  // [phenomenon, text, name, whether it is listed as a place]
  it.each([
    [
      'qualifiers before the head',
      'Exports from the Norvian Republic rose in May.',
      'Norvian Republic',
      true,
    ],
    [
      "at the end of a minister's title",
      'The Minister of Energy of the Kalesh Republic, Ana Varo, spoke first.',
      'Kalesh Republic',
      true,
    ],
    [
      'a head and "of" at the end of a title',
      'The Deputy Minister of Trade of the Federal Republic of Tembaru, Jo Lind, signed it.',
      'Federal Republic of Tembaru',
      true,
    ],
    ['a sultanate', 'Envoys of the Sultanate of Orvala arrived on Friday.', 'Sultanate of Orvala', true],
    ['a holiday named after the republic', 'The Republic Day parade drew crowds.', 'Republic Day', false],
    ['a head alone', 'The Republic will vote in June.', 'Republic', false],
    [
      'a company named after a republic',
      'Republic Steel Holdings reported a profit.',
      'Republic Steel Holdings',
      false,
    ],
  ])('%s: %s', (_phenomenon, text, name, isPlace) => {
    expect(namesOf(entitiesOf(text).locations).includes(name)).toBe(isPlace);
  });
});

describe("a federal state's name: a people's adjective and a federation's head", () => {
  it.each([
    ['Officials of the Russian Federation signed the accord in Geneva.', 'Russian Federation'],
    ['The Swiss Confederation will host the talks.', 'Swiss Confederation'],
  ])('%s is a place', (text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.locations)).toContain(name);
    expect(namesOf(entities.organizations)).not.toContain(name);
  });

  it.each([
    [
      'a body that says what it federates',
      'The Kenyan Football Federation postponed the match.',
      'Kenyan Football Federation',
    ],
    [
      'a body with "of" and its members',
      'The Russian Federation of Trade Unions met on Monday.',
      'Russian Federation of Trade Unions',
    ],
  ])('%s stays an organization: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.locations)).not.toContain(name);
  });
});

describe('a state of a federation, named with "State"', () => {
  it.each([
    ['after "in"', 'Farms in Kaduna State flooded last week.', 'Kaduna State'],
    ['before a title', 'The Ondo State Governor opened the bridge.', 'Ondo State'],
    [
      'before a title with its remit',
      'The Kano State Commissioner for Health, Amina Bello, spoke.',
      'Kano State',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).locations)).toContain(name);
  });

  it.each([
    ['the "State" of a title', 'The Secretary of State met Jane Doe in Kaduna.', 'State'],
    ['a state body', 'He thanked the State Department for the visas.', 'State Department'],
    ['a title after a people', 'The Tarvelan State Counsellor arrived on Monday.', 'Tarvelan State'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).locations)).not.toContain(name);
  });
});
