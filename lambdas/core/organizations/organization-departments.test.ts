import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe("a department of a workplace, after its head's title", () => {
  it.each([
    [
      'a field of two words joined by "and"',
      'Omar Haddad, Director of Health and Community Services at the Tarvel Water Board, said so.',
      'Community Services',
    ],
    [
      'a field after "for"',
      'Ana Lima, Head for Guest Relations at Orvo Hotels Ltd, said so.',
      'Guest Relations',
    ],
  ])('%s: %s', (_phenomenon, text, department) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(department);
  });

  it.each([
    [
      'a company a person leads, at a place',
      'Ana Lima, chief executive of Kessel Foods at Orvo Port, said so.',
      'Kessel Foods',
    ],
    [
      'a workplace after "at"',
      'Ana Lima, Professor of Marine Sciences at Orvo University, spoke.',
      'Orvo University',
    ],
  ])('keeps %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it('keeps a region the office covers as a place', () => {
    const text = 'Ana Lima, Vice President for Asia at the Tarvel Book Fair, spoke.';
    expect(namesOf(entitiesOf(text).locations)).toContain('Asia');
  });
});
