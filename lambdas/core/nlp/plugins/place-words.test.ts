import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../../entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('divisions of countries from the gazetteer', () => {
  it.each([
    ['a province named alone', 'Floods cut roads across Balochistan this week.', 'Balochistan'],
    ['a county listed with a known city', 'Clinics opened in Mombasa, Kwale and Kilifi.', 'Kwale'],
    ['a hyphenated region', 'Herders from Issyk-Kul sold wool at the fair.', 'Issyk-Kul'],
    ['a region named with its division noun', 'Solar farms in Ningxia region doubled output.', 'Ningxia'],
    ['a governorate owning something', "Mafraq's schools reopened on Sunday.", 'Mafraq'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['an organization named after a region', 'Sindh Textile Holdings Ltd posted a profit.', 'Sindh'],
    ['a word left out for its other senses', 'The Savannah Trust gave grants to 40 schools.', 'Savannah'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
