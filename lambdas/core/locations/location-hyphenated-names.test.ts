import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('a hyphenated place name after a preposition of place', () => {
  it.each([
    [
      'a city and its quarter',
      'The office in Libreville-Nombakélé opened on Monday.',
      'Libreville-Nombakélé',
    ],
    [
      'a double name at the end of a sentence',
      'The talks were held at a hotel in Conakry-Kaloum.',
      'Conakry-Kaloum',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['two places paired before a noun', 'Trade in Libreville-Conakry corridors fell.', 'Libreville-Conakry'],
    ['a road between two towns', 'Work on the Libreville-Conakry road began.', 'Libreville-Conakry'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(placesOf(text)).not.toContain(name);
  });
});
