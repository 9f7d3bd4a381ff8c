import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { isCompassCompound } from './location-regions.ts';

function placesOf(text: string): string[] {
  return namesOf(entitiesOf(text).locations);
}

describe('seas, oceans and world regions used as nouns', () => {
  it.each([
    ['an ocean after "across the"', 'Grain is shipped across the Pacific every spring.', 'Pacific'],
    ['a sea after "to the"', 'Olive oil was sold to the Adriatic ports and beyond the Aegean.', 'Aegean'],
    ['a gulf after "in the"', 'Our engineers have worked in the Gulf since 2019.', 'Gulf'],
    [
      'a sea at the end of a clause',
      'Tarvo is the driest corner of the Mediterranean, and its wells are failing.',
      'Mediterranean',
    ],
    ['a region of several countries', 'Trade with Central America doubled last year.', 'Central America'],
    [
      'a region with a compass compound',
      'Farmers from North-West Africa joined the fair.',
      'North-West Africa',
    ],
    [
      'a region named by a hyphenated adjective',
      'Rainfall in Sub-Saharan Africa fell sharply.',
      'Sub-Saharan Africa',
    ],
    ['a region after "of the"', 'Drought has struck the countries of the Sahel again.', 'Sahel'],
    ['a region with "of"', 'Relief flights to the Horn of Africa resumed.', 'Horn of Africa'],
    [
      'a state that no longer exists',
      'Kessu and the former Czechoslovakia signed a treaty in 1958.',
      'Czechoslovakia',
    ],
    ['a former state as subject', 'The Soviet Union built the dam in 1970.', 'Soviet Union'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['an adjective before a fish', 'Pacific salmon were released into the Orvo river.', 'Pacific'],
    [
      'an adjective before a diet',
      'The clinic promotes the Mediterranean diet to patients.',
      'Mediterranean',
    ],
    ['an adjective before states', 'The three Baltic states signed the accord.', 'Baltic'],
    ['an adjective before a cuisine', 'Guests tasted Caribbean cuisine at the stall.', 'Caribbean'],
    ['a word inside an organization', 'The Adriatic Shipping Company opened an office.', 'Adriatic'],
    ['a single region word without "the"', 'Arctic conditions closed the road.', 'Arctic'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('isCompassCompound', () => {
  it.each([
    ['North-East', true],
    ['South-Western', true],
    ['Sub-Saharan', true],
    ['Tarvo-Kessu', false],
    ['North-Kessu', false],
  ])('%s', (word, expected) => {
    expect(isCompassCompound(word)).toBe(expected);
  });
});
