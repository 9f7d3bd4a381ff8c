import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a company known from what it does', () => {
  it.each([
    [
      'a one-word name that launches, named again later',
      'Kivora on Tuesday launched a savings app in Arequipa. Customers of Kivora can borrow.',
      ['Kivora'],
    ],
    ['a one-word name mid-sentence that unveils', 'In Cusco, Tambora today unveiled a kettle.', ['Tambora']],
    ['the host of an event', 'The fair was hosted by Mirakon in Tacna.', ['Mirakon']],
    ['a common noun opening the sentence', 'Management announced a plan. Police reported calm.', []],
    ["a person's surname", 'Rosa Quilla spoke first. Quilla announced a grant for Puno.', []],
    [
      "the first word of an organization's name",
      'Tambora Energy Ltd. makes kettles. Tambora also announced a partnership.',
      ['Tambora Energy Ltd.'],
    ],
  ])('%s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });
});

describe('a workplace after a title and "at the"', () => {
  it('names a body with its head: Director of Water at the Kessel City Council', () => {
    const entities = entitiesOf('Ana Lima, Director of Water at the Kessel City Council, said so.');
    expect(namesOf(entities.organizations)).toContain('Kessel City Council');
    expect(namesOf(entities.locations)).not.toContain('Kessel City Council');
  });

  it('leaves a venue with no body head a place: curator at the Kessel Museum', () => {
    const entities = entitiesOf('Ana Lima, curator at the Kessel Museum, said so.');
    expect(namesOf(entities.organizations)).not.toContain('Kessel Museum');
  });
});
