import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('names listed before a plural noun of places', () => {
  it.each([
    [
      'areas',
      'The clinic drew 900 people from the Tarvel and Ostrana areas, most of them farmers.',
      ['Tarvel', 'Ostrana'],
    ],
    [
      'border points',
      'Trade moved through the Kessu and Orvala border points last year.',
      ['Kessu', 'Orvala'],
    ],
    ['border crossings', 'Lorries queued at the Marvik and Oskel border crossings.', ['Marvik', 'Oskel']],
    [
      'villages',
      'Piped water reached the Kessu, Orvala and Tembaru villages in June.',
      ['Kessu', 'Orvala', 'Tembaru'],
    ],
    ['valleys', 'The Velmo and Karsi valleys flooded in May.', ['Velmo', 'Karsi']],
    ['islands', 'Ferries link the Marvo and Oskelu islands twice a week.', ['Marvo', 'Oskelu']],
  ])('%s: %s', (_noun, text, places) => {
    const found = placesOf(text);
    for (const place of places) expect(found).toContain(place);
  });

  it.each([
    [
      'common words in capitals',
      'The Sales and Marketing areas were merged last year.',
      ['Sales', 'Marketing'],
    ],
    ['a field of work', 'Acme and Globex areas of business grew.', ['Acme', 'Globex']],
    ['peoples, not places', 'The Kessu and Orvala communities welcomed the plan.', ['Kessu', 'Orvala']],
    ['institutions', 'Researchers at the Kessu and Orvala campuses met.', ['Kessu', 'Orvala']],
    ['an event', 'The Kessu and Orvala Games villages were built.', ['Kessu', 'Orvala Games']],
    ['people', 'Jane Doe and John Roe areas of work were discussed.', ['Jane Doe', 'John Roe']],
  ])('not %s: %s', (_phenomenon, text, names) => {
    const found = placesOf(text);
    for (const name of names) expect(found).not.toContain(name);
  });
});
