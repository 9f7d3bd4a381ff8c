import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('a sea or a region qualifying a group of states', () => {
  it.each([
    ['the last item of a list', 'Buyers came from Peru, Chile and the Gulf states.', 'Gulf'],
    ['a region before "states"', 'The three Baltic states will present one brand.', 'Baltic'],
    ['a word between it and the noun', 'Ministers of 12 Pacific island countries met in Orvo.', 'Pacific'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });

  it.each([
    ['the other items of the list', 'Buyers came from Peru, Chile and the Gulf states.', 'Chile'],
    ['a list of divisions before "states"', 'Growers from Tarvel and Ostrana states came.', 'Ostrana'],
    ['the region as a noun', 'Trade with the Gulf grew last year.', 'Gulf'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });
});
