import { describe, expect, it } from 'vitest';
import { isCountryInitials, readEntityTerms } from './entity-terms.ts';
import { parseRelease } from './world.ts';

const tagsOf = (text: string, word: string) =>
  readEntityTerms(parseRelease(text)).find((term) => term.text === word)?.tags ?? new Set<string>();

describe('readEntityTerms: what the lexicon restores', () => {
  it.each<[string, string, string, boolean]>([
    [
      'a dateline town before a colon, read as an interjection, is a place',
      'Monday 3 March 2025\n\nTurku: The harbour board opened a ferry terminal.',
      'Turku',
      true,
    ],
    [
      'an interjection the lexicon knows as none is no place',
      'Monday 3 March 2025\n\nWow: The harbour board opened a ferry terminal.',
      'Wow',
      false,
    ],
    [
      'a label before a colon is no place',
      'Monday 3 March 2025\n\nSummary: The harbour board opened a ferry terminal.',
      'Summary',
      false,
    ],
  ])('%s', (_case, text, word, place) => {
    expect(tagsOf(text, word).has('Place')).toBe(place);
  });
});

describe("a country's initials", () => {
  it('after "the", before a verb, name the country, not an organization', () => {
    const tags = tagsOf('The growers of the PNG have sold more coffee this year.', 'PNG');
    expect(tags.has('Country')).toBe(true);
    expect(tags.has('Organization')).toBe(false);
  });

  it.each([
    ['initials of an organization', 'The KTA have sold more coffee this year.', 'KTA'],
    ['two letters', 'The NZ team won.', 'NZ'],
  ])('no country from %s', (_case, text, word) => {
    expect(tagsOf(text, word).has('Country')).toBe(false);
  });

  it.each([
    ['PNG', true],
    ['Png', false],
    ['XQZ', false],
  ])('isCountryInitials(%s) is %s', (word, expected) => {
    expect(isCountryInitials(word)).toBe(expected);
  });
});
