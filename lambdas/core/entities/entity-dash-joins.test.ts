import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('a way named after its two ends, joined by a dash', () => {
  it.each([
    ['an en dash', 'The runner trains on the Tarvo–Kessu Highway each morning.', 'Tarvo–Kessu Highway'],
    ['a hyphen', 'Trucks use the Orvel-Marvik Road daily.', 'Orvel-Marvik Road'],
    ['an expressway', 'Crews resurfaced the Tarvo–Orvel Expressway in May.', 'Tarvo–Orvel Expressway'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    [
      'the second end with the head alone',
      'The runner trains on the Tarvo–Kessu Highway each morning.',
      'Kessu Highway',
    ],
    [
      'a body named after the way',
      'The Kessu Highway Authority said the road was closed.',
      'Kessu Highway Authority',
    ],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
