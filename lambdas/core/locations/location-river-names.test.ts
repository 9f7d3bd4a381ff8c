import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../entities/entities.test-support.ts';

const locationsOf = (text: string) => entitiesOf(text).locations;

describe('a river named after a lower-case "river"', () => {
  it.each([
    ['a river after "the"', 'Stages stood along the river Oskel in town.', 'river Oskel'],
    ['a lake after "the"', 'Boats raced on the lake Tarvanne at dawn.', 'lake Tarvanne'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(locationsOf(text).map((place) => place.name)).toContain(place);
  });

  it('folds the river named without its head into it', () => {
    const text = 'Barges sailed down the river Seine to the sea. Later the Seine froze.';
    expect(locationsOf(text)).toEqual([{ name: 'river Seine', aliases: ['Seine'] }]);
  });

  it.each([
    ['without an article', 'A river Oskel song was sung in Lagos.', 'river Oskel'],
    ['a country named like the river', 'Barges sailed down the river Gambia. Aid reached Gambia.', 'Gambia'],
  ])('keeps %s apart: %s', (_phenomenon, text, name) => {
    const names = locationsOf(text).map((place) => place.name);
    if (name === 'Gambia') expect(names).toContain('Gambia');
    else expect(names).not.toContain(name);
  });
});
