import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.ts';
import '../world.ts';

/** The English (CLDR) name of every ISO 3166 region Node's Intl knows. */
function countryNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return letters.flatMap((first) =>
    letters.flatMap((second) => {
      const name = names.of(first + second);
      return name === undefined ? [] : [name];
    }),
  );
}

describe('country names in the lexicon', () => {
  it('lists no country as a people (a demonym)', () => {
    const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one
      .lexicon;
    const names = countryNames();
    expect(names.length).toBeGreaterThan(240);
    const asPeople = names.filter((name) => {
      const entry = lexicon[name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
      return (Array.isArray(entry) ? entry[0] : entry) === 'Demonym';
    });
    expect(asPeople).toEqual([]);
  });

  it.each([
    ['Exports to the Philippines rose by a fifth.', 'Philippines'],
    ['The delegation travelled to Laos on Monday.', 'Laos'],
  ])('%s', (text, place) => {
    expect(extract(text, {}).locations.map((location) => location.name)).toContain(place);
  });
});
