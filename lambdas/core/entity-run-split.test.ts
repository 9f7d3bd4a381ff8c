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
      'at "of" before an organization',
      'Professor Ana Lima of the University of Tarvel spoke.',
      ['University of Tarvel'],
    ],
    [
      'between two parties',
      'A memorandum between Kelvani Power and Brenmark Grid was signed.',
      ['Kelvani Power', 'Brenmark Grid'],
    ],
  ])('%s: %s', (_phenomenon, text, organizations) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(organizations);
  });

  it.each([
    ['one name across "and"', 'The Harbour and Canal Museum will open in May.', 'Harbour and Canal Museum'],
    ['a government of a place', 'The Government of Malawi and Acme Foods signed.', 'Government of Malawi'],
  ])('keeps %s: %s', (_phenomenon, text, organization) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(organization);
  });
});
