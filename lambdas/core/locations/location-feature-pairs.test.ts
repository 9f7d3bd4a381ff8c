import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('two features joined by "and"', () => {
  it.each([
    [
      'a sea and a strait named with "of"',
      'Ferries cross the Tarvo Sea and Strait of Kessu every day.',
      ['Tarvo Sea', 'Strait of Kessu'],
    ],
    [
      'a gulf and a lake named after its opener',
      'Nets fill in the Orvala Gulf and Lake Marvo each spring.',
      ['Orvala Gulf', 'Lake Marvo'],
    ],
  ])('%s: %s', (_phenomenon, text, places) => {
    expect(placesOf(text)).toEqual(places);
  });

  it.each([
    ['a body named after a bay', 'The Kessu Bay and Lake Marvo Fisheries Board met on Monday.', 'Lake Marvo'],
    [
      'one name across "and"',
      'Ferries cross the Tarvo Sea and Strait of Kessu every day.',
      'Tarvo Sea and Strait',
    ],
  ])('not %s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
