import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a noun of what a company is, run into its name by a headline', () => {
  it.each([
    [
      'a start-up after a verb and a place',
      'Kessel Freight Rail Inc. to Acquire Tarvo Start-up Orvo Labs\n\nKessel Freight Rail Inc. will buy Orvo Labs.',
      'Orvo Labs',
      'Acquire Tarvo Start-up Orvo Labs',
    ],
    [
      'a maker before a company with its legal form',
      'Tarvo Bank Backs Kessel Maker Orvo Robotics Ltd\n\nTarvo Bank lent Orvo Robotics Ltd money.',
      'Orvo Robotics Ltd',
      'Backs Kessel Maker Orvo Robotics Ltd',
    ],
  ])('%s', (_phenomenon, text, name, glued) => {
    const names = namesOf(entitiesOf(text).organizations);
    expect(names).toContain(name);
    expect(names).not.toContain(glued);
  });

  it.each([
    ['a descriptor right before the head', 'Shares of Orvo Maker Labs rose on Monday.', 'Orvo Maker Labs'],
    [
      'a name whose head is an organization word',
      'The Kessel Developer Group opened a site.',
      'Kessel Developer Group',
    ],
  ])('keeps %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });
});
