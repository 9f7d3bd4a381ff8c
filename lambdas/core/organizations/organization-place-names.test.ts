import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a body named after a place, known from what it does', () => {
  it.each([
    [
      'a region and a common word that acts',
      'Alberta Hydro lent three trucks to the crews.',
      ['Alberta Hydro'],
      [],
    ],
    [
      'common words before a region, the subject of "will hold"',
      'Green Lakes Ontario will hold its autumn sweep in October, the group said.',
      ['Green Lakes Ontario'],
      [],
    ],
    [
      'a common word before a country, giving a grant',
      'The lab was funded by a loan from the bank and a grant from Enterprise Norway.',
      ['Enterprise Norway'],
      [],
    ],
    [
      'a possessive before a lower-case noun',
      "Volunteers joined Green Lakes Ontario's shoreline sweep near the harbour.",
      ['Green Lakes Ontario'],
      [],
    ],
    [
      'a source after "according to"',
      'According to Tourism Portugal, bookings rose by a third.',
      ['Tourism Portugal'],
      [],
    ],
    ['a common word before a city', 'Hydro Manila restored power on Sunday.', ['Hydro Manila'], []],
    ["a sport's world body", 'The union will ask World Netball to add the event.', ['World Netball'], []],
    ["a sport's national body", 'Cricket Kenya confirmed the squad on Friday.', ['Cricket Kenya'], []],
    // Negative cases: the place stays a place, and no organization is made of it.
    ['a country after a preposition, then a verb', 'Exchanges with Latin America were rare.', [], []],
    ['a person named after a place', 'Georgia Mwangi lent her boat to the crews.', [], []],
    ['a region as the subject of a verb', 'Ontario recorded its wettest spring.', [], ['Ontario']],
    [
      'a place of two known places',
      'The minister flew to Trinidad and Tobago on Monday.',
      [],
      ['Trinidad and Tobago'],
    ],
    [
      'a direction before a region',
      'Greater Manchester hosted the games last year.',
      [],
      ['Greater Manchester'],
    ],
    ['a place before its head', 'Crews cleaned the Ontario Coast on Sunday.', [], []],
    ['a feature word after a region', 'The Ontario Rift recorded two tremors.', [], []],
    ['a division after a region', 'The Tarvel Oblast reported floods.', [], []],
    ['a grant from a country', 'The school received a grant from Norway.', [], ['Norway']],
  ])('%s', (_phenomenon, text, organizations, locations) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toEqual(organizations);
    for (const place of locations) expect(namesOf(entities.locations)).toContain(place);
  });
});
