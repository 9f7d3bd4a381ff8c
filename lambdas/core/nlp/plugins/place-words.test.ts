import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../../entities/entities.test-support.ts';

describe('divisions of countries from the gazetteer', () => {
  // [phenomenon, text, name, whether it is listed as a place]
  it.each([
    ['a province named alone', 'Floods cut roads across Balochistan this week.', 'Balochistan', true],
    ['a county listed with a known city', 'Clinics opened in Mombasa, Kwale and Kilifi.', 'Kwale', true],
    ['a hyphenated region', 'Herders from Issyk-Kul sold wool at the fair.', 'Issyk-Kul', true],
    [
      'a region named with its division noun',
      'Solar farms in Ningxia region doubled output.',
      'Ningxia',
      true,
    ],
    ['a governorate owning something', "Mafraq's schools reopened on Sunday.", 'Mafraq', true],
    ['an organization named after a region', 'Sindh Textile Holdings Ltd posted a profit.', 'Sindh', false],
    [
      'a word left out for its other senses',
      'The Savannah Trust gave grants to 40 schools.',
      'Savannah',
      false,
    ],
  ])('%s: %s', (_phenomenon, text, name, isPlace) => {
    expect(namesOf(entitiesOf(text).locations).includes(name)).toBe(isPlace);
  });
});
