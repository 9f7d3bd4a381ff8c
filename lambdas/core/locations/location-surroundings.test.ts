import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('places marked by the words around them', () => {
  it.each([
    ['a neighbourhood noun', 'Stalls filled the Kessuvo neighbourhood on Saturday.', ['Kessuvo']],
    ['a quarter', 'The parade wound through the Oskelgate quarter.', ['Oskelgate']],
    ['an area after "in the"', 'Families in the Velmora area were evacuated.', ['Velmora']],
    [
      'a suburb and its town',
      'The fair was held in the Marvikstad suburb of Oskelby.',
      ['Marvikstad', 'Oskelby'],
    ],
    [
      'a town that owns its riverside',
      'The route ran along Oskelby’s riverside to the old mill.',
      ['Oskelby'],
    ],
    ['the two ends of a way', 'The walk went from Tarvika to Kessuvik.', ['Tarvika', 'Kessuvik']],
    [
      'the seat of a company after its legal form',
      'Parts came from Velmar GmbH of Oskelburg.',
      ['Oskelburg'],
    ],
    [
      'a compass point after a name',
      'Clinics opened in Oskelby, in the far west of the country.',
      ['Oskelby'],
    ],
  ])('%s: %s', (_phenomenon, text, places) => {
    for (const place of places) expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['days of the week', 'The shop is open from Monday to Friday.', 'Monday'],
    ['a move between companies', 'He moved from Acme Ltd to Globex Corp.', 'Globex Corp'],
    ['a title passed on, with no way', 'The crown passed from Tarvika to Kessuvik.', 'Kessuvik'],
    ['a common noun at the start of a sentence', 'The Sales area grew.', 'Sales'],
    ['a people adjective before a quarter', 'Cafes line the Tarvian quarter.', 'Tarvian'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
