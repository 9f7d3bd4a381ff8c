import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('a building named after a part of it', () => {
  it.each([
    [
      "a museum's garden",
      'The school opened in the walled garden of the Orvala Craft Museum.',
      'Orvala Craft Museum',
    ],
    [
      "a library's reading room",
      'She wrote the novel in the reading room of the Kessu Public Library.',
      'Kessu Public Library',
    ],
    [
      "a concert hall's foyer",
      'Drinks were served in the foyer of the Tarvo Concert Hall.',
      'Tarvo Concert Hall',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ["a library's director", 'The director of the Kessu Public Library spoke.', 'Kessu Public Library'],
    ["a party's wing", 'The youth wing of the Tarvo Green Party met.', 'Tarvo Green Party'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(placesOf(text)).not.toContain(name);
  });
});
