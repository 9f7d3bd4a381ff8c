import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe("a listed company's mark after its legal form", () => {
  it.each<[string, string, { name: string; aliases: string[] }]>([
    [
      'a Swedish public company',
      'Orsa Timber AB (publ) reported its results on Tuesday. Orsa Timber AB (publ) will pay a dividend.',
      { name: 'Orsa Timber AB (publ)', aliases: [] },
    ],
    [
      'written once with the mark and once without',
      'Orsa Timber AB (publ) reported its results. Shares of Orsa Timber AB rose.',
      { name: 'Orsa Timber AB (publ)', aliases: ['Orsa Timber AB'] },
    ],
  ])('belongs to the name: %s', (_phenomenon, text, organization) => {
    expect(entitiesOf(text).organizations).toContainEqual(organization);
  });

  it('parentheses after a name with no legal form are no listing mark', () => {
    const text = 'The Orsa Timber Association (publ) met in Leksand.';
    expect(namesOf(entitiesOf(text).organizations)).not.toContain('Orsa Timber Association (publ)');
  });
});
