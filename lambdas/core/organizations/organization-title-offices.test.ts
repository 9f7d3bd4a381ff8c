import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe("a title's office with no place of its own", () => {
  it.each([
    ['a sign-off line', "The bridge opens on Friday.\n\nMayor's Office, Kessel, Orvalia", "Mayor's Office"],
    [
      'a header label',
      'Office of the Governor | Media Office\n\nThe ferry opens on Friday.',
      'Office of the Governor',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).not.toContain(name);
    expect(namesOf(entities.locations)).not.toContain('Office');
  });

  it.each([
    [
      'an office that names where it serves',
      "The fair was hosted by the Governor's Office of the Kessu Province.",
      "Governor's Office of the Kessu Province",
    ],
    ['an office of a field', 'The Office of Fisheries said the season would open.', 'Office of Fisheries'],
    [
      "a title's office in a sentence",
      'The deal was signed at the Office of the Governor on Monday.',
      'Office of the Governor',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });
});
