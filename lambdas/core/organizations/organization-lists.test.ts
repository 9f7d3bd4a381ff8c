import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a name listed with an organization the text defines', () => {
  it.each([
    ['after "and"', 'Meals were cooked by chefs of the Tarvel Hotel Group (THG) and Velmora.', 'Velmora'],
    [
      'in a series',
      'Guests came from the Tarvel Water Board (TWB), Kessu Power and the Ostrana Foundation.',
      'Kessu Power',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    ['a place defined before it', 'Flights linked the Ostrana Free Zone (OFZ) and Kessu.', 'Kessu'],
    [
      'people listed after a defined organization named again',
      'The Tarvel Growth Fund (TGF) signed. Mr. Jo Kim, Head of Funding at the Tarvel Growth Fund, and Mr. Ana Lee, Senior Manager at Velmora, signed too.',
      'Senior Manager',
    ],
    [
      'an office listed beside a person and a body',
      'Governor Ama Boateng cut the ribbon with the Minister for Roads and Bridges, Hon. Kofi Mensah, and the Kessu Development Bank (KDB) country director.',
      'Minister for Roads and Bridges',
    ],
    [
      "an office headed by a noun for one person's role",
      'The club thanks the Port Warden, Captain Jo Mensah, and the Kessu Harbour Trust (KHT) for their help.',
      'Port Warden',
    ],
    [
      'a title of several words listed beside bodies',
      'Guests came from the Tarvel Water Board (TWB), the Deputy Governor of Orvo and the Ostrana Foundation.',
      'Deputy Governor of Orvo',
    ],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});

describe('the last two items of a serial list, written as one run of capitals', () => {
  it.each([
    [
      'after a company',
      'Partners include Kessu Motors, Tarvel Steel and Orvela Paper Mills.',
      ['Kessu Motors', 'Tarvel Steel', 'Orvela Paper Mills'],
    ],
    [
      'with "the" before the last',
      'The sponsors are Kessu Bank, Tarvel Marine and the Orvela Trust.',
      ['Kessu Bank', 'Tarvel Marine', 'Orvela Trust'],
    ],
  ])('are two organizations %s', (_case, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });

  it('a name whose own "and" joins fields after "for" stays one name', () => {
    const text = 'Guests came from Kessu Bank, the Tarvel Institute for Startup and Enterprise Development.';
    expect(namesOf(entitiesOf(text).organizations)).not.toContain('Enterprise Development');
  });
});
