import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

describe('names listed with places', () => {
  it.each([
    ['after "in"', 'Schools in Tarvel, Ostrana and Lisbon reopened on Monday.', ['Tarvel', 'Ostrana']],
    ['where a round goes', 'The minister will visit Arbel and Kimo next week.', ['Arbel', 'Kimo']],
    ['a country read as a people', 'Floods hit farms across the Philippines this year.', ['Philippines']],
  ])('%s: %s', (_phenomenon, text, places) => {
    const locations = namesOf(entitiesOf(text).locations);
    for (const place of places) expect(locations).toContain(place);
  });

  it.each([
    ['adjectives before a noun', 'The Kenyan, Ugandan and Tarvelan delegates met.', 'Tarvelan'],
    ['thanks that go to people', 'Thanks go to Varnel and Kestro for the help.', 'Varnel'],
    ['languages', 'Signs are in English, Portuguese and Tarvelese.', 'Tarvelese'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).locations)).not.toContain(name);
  });
});
