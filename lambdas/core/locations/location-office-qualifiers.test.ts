import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe("a place before an officer's division and field", () => {
  it.each([
    [
      'a division and a field before the title',
      'Sialkot District Health Officer Dr. Ana Lima said the clinics would open.',
      'Sialkot',
    ],
    [
      "a federation's state before a field",
      'The Kaduna State Health Commissioner, Ada Bello, opened the ward.',
      'Kaduna State',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    [
      'the title words as the place',
      'Sialkot District Health Officer Dr. Ana Lima said the clinics would open.',
      'Sialkot District Health',
    ],
    [
      'the field as the place',
      'The Kaduna State Health Commissioner, Ada Bello, opened the ward.',
      'Kaduna State Health',
    ],
  ])('not %s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
