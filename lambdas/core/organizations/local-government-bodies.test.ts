import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('local governments named with their official name in their own language', () => {
  it.each<[string, string, { name: string; aliases: string[] }]>([
    [
      'a Swedish municipality',
      'The land was prepared by Orsavik Municipality (Orsaviks kommun) over a decade.',
      { name: 'Orsavik Municipality', aliases: ['Orsaviks kommun'] },
    ],
    [
      'a Slovak self-governing region, with its acronym',
      'Funds came from the Tarva Self-Governing Region (Tarvský samosprávny kraj, TSK) in May.',
      { name: 'Tarva Self-Governing Region', aliases: ['Tarvský samosprávny kraj', 'TSK'] },
    ],
  ])('are the body: %s', (_case, text, organization) => {
    expect(entitiesOf(text).organizations).toContainEqual(organization);
  });

  it('a region with its own short name in parentheses stays a place', () => {
    const text = 'The river rises in the Tarva Region (Tarvie) and flows north.';
    expect(namesOf(entitiesOf(text).organizations)).not.toContain('Tarva Region');
  });

  it('a municipality with no name in parentheses stays as it was read', () => {
    const text = 'The plant stands in Orsavik Municipality, near the coast.';
    expect(namesOf(entitiesOf(text).organizations)).not.toContain('Orsavik Municipality');
  });
});
