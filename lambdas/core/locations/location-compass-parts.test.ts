import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { isCompassSide } from './location-compass-parts.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('the side of a place named by its compass point', () => {
  it.each([
    ['a coast of a region', 'Clinics on the West Coast of Kessu stayed open.', 'West Coast of Kessu'],
    [
      'the bank of a river',
      'Farmers on the East Bank of the Orvo said the floods had passed.',
      'East Bank of the Orvo',
    ],
    ['the shore of a lake', 'The storm hit the North Shore of Lake Tarvo.', 'North Shore of Lake Tarvo'],
    ['a division named with "of"', 'The clinic is owned by the Canton of Tarvel.', 'Canton of Tarvel'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['the coast alone', 'Clinics on the West Coast of Kessu stayed open.', 'West Coast'],
    [
      'a bank that lends, opening a sentence',
      'The East Bank of Tarvel raised its rates.',
      'East Bank of Tarvel',
    ],
    ['a fair named after a city', 'The Canton Fair opened in Orvomar.', 'Canton Fair'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('isCompassSide', () => {
  it.each([
    [['East', 'Coast'], true],
    [['Northern', 'Shore'], true],
    [['Coast'], false],
    [['Gold', 'Coast'], false],
  ])('%j', (words, expected) => {
    expect(isCompassSide(words)).toBe(expected);
  });
});
