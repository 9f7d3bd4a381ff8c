import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

function placesOf(text: string): string[] {
  return namesOf(entitiesOf(text).locations);
}

describe('streets and squares named in other languages', () => {
  it.each([
    [
      'a Portuguese street with a given name',
      'Stalls lined Rua Tomás de Sousa all weekend.',
      'Rua Tomás de Sousa',
    ],
    ['a Spanish street with particles', 'The office is on Calle de la Paz in Tarvo.', 'Calle de la Paz'],
    ['a Polish street', 'Marchers walked along Ulica Długa at noon.', 'Ulica Długa'],
    ['an Italian square', 'Guests gathered in Piazza Orvieta for the toast.', 'Piazza Orvieta'],
    ['a French street', 'The gallery on Rue Kessel reopened.', 'Rue Kessel'],
    ['an avenue written first', 'A concert on Avenida Tarvela drew crowds.', 'Avenida Tarvela'],
    ['a street word ending one word', 'The shop on Kesselstraße closed in May.', 'Kesselstraße'],
    ['a Swedish street', 'The parade turned into Tarvogatan at six.', 'Tarvogatan'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a company named after a street', 'The Rue Kessel Group reported higher sales.', 'Rue Kessel Group'],
    [
      'a festival named after a square',
      'The Piazza Orvieta Festival opened on Friday.',
      'Piazza Orvieta Festival',
    ],
    ['a person named Plaza', 'Maria Plaza said the works were finished.', 'Maria Plaza'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
