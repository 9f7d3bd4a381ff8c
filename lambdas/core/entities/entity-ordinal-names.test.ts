import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('names opened by an ordinal and "of"', () => {
  it.each([
    [
      'a city named after a date',
      'Founded in 1998 in 10th of Tarvo City, the firm makes cartons.',
      '10th of Tarvo City',
    ],
    ['a city after "in"', 'The plant in 6th of Kessu City employs 300 people.', '6th of Kessu City'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['the city without its ordinal', 'The plant in 6th of Kessu City employs 300 people.', 'Kessu City'],
    ['a date before a place', 'The fair closes on the 6th of October in Tarvo.', '6th of October in Tarvo'],
    ['a date and a bare name', 'The 3rd of Orvel visit was cancelled.', '3rd of Orvel'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
