import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';
import { isInternationalBody, withParentBody } from './international-bodies.ts';

describe('isInternationalBody', () => {
  it.each([
    ['IAEA', true],
    ['ILO', true],
    ['AfDB', true],
    ['Mercosur', true],
    ['Iaea', false],
    ['MERCOSUR', true],
    ['Mercury', false],
    ['who', false],
    ['ACME', false],
  ])('%s: %s', (word, expected) => {
    expect(isInternationalBody(word)).toBe(expected);
  });
});

describe('bare short forms of international bodies', () => {
  it.each([
    ['a list of bodies', 'The OECD, ILO and IAEA sent observers to Quito.', ['OECD', 'ILO', 'IAEA']],
    ['two bodies joined by "and"', 'Teams from the WFP and UNHCR helped in Tarija.', ['WFP', 'UNHCR']],
    ['a body read as a place', 'The FAO said the harvest in Oruro was poor.', ['FAO']],
    ['an unknown acronym', 'The KTZ report came out on Monday.', []],
    ['a bloc the press writes in title case', 'Talks on Mercosur tariffs were held in Salto.', ['Mercosur']],
  ])('%s: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });
});

describe('withParentBody', () => {
  it.each([
    ['the United Nations ', 19, 4],
    ['the European Union ', 19, 4],
    ['the Andean Union ', 17, 17],
    ['the United Nations, ', 20, 20],
  ])('%j at %i starts at %i', (before, start, expected) => {
    expect(withParentBody(before, start)).toBe(expected);
  });
});
