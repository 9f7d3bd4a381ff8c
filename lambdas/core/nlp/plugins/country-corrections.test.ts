import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.ts';
import '../world.ts';

/**
 * The English (CLDR) name of every ISO 3166 region Node's Intl knows, less CLDR's disambiguated forms
 * ("Congo - Kinshasa", "Myanmar (Burma)", "Hong Kong SAR China"), which no release writes.
 */
function countryNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return letters
    .flatMap((first) => letters.map((second) => names.of(first + second)))
    .filter((name): name is string => name !== undefined && !/ - |[(&]|\bSAR\b|Pseudo/.test(name));
}

/** Names a sentence cannot tell from a person's or a word's without more context, and non-states. */
const LEFT_TO_CONTEXT = new Set([
  'Chad', // a given name
  'Jordan', // a given name
  'Diego Garcia', // a given name and a surname
  'Tristan da Cunha', // a given name and a surname
  'Réunion', // "reunion" in lower case
  'Sark', // a surname
  'European Union', // an organization
  'United Nations', // an organization
  'Eurozone', // an economic area
  'Outlying Oceania', // CLDR's grouping, no place's name
  'Palestinian Territories', // an adjective of people before a plural noun
]);

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('country names', () => {
  const names = countryNames();

  it('are read from CLDR in full', () => {
    expect(names.length).toBeGreaterThan(240);
  });

  it('are never listed as a people (a demonym) in the lexicon', () => {
    const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one
      .lexicon;
    const asPeople = names.filter((name) => {
      const entry = lexicon[fold(name)];
      return (Array.isArray(entry) ? entry[0] : entry) === 'Demonym';
    });
    expect(asPeople).toEqual([]);
  });

  it.each([
    ['after a preposition of place', (name: string) => `Talks were held in ${name} last week.`],
    [
      'as a subject, with no cue of place',
      (name: string) => `The minister said ${name} would sign the accord.`,
    ],
  ])('are places %s', (_frame, sentence) => {
    const missed = names
      .filter((name) => !LEFT_TO_CONTEXT.has(name))
      .filter(
        (name) => !extract(sentence(name), {}).locations.some((place) => fold(place.name) === fold(name)),
      );
    expect(missed).toEqual([]);
  });
});
