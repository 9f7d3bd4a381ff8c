import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { namesJointBody } from './organization-joint-bodies.ts';

describe('a body that partners set up together', () => {
  it.each([
    [
      'a joint laboratory',
      'The Kessa Denki–KPIT Joint Research Laboratory for Smart Ceramics opened on Monday.',
      'Kessa Denki–KPIT Joint Research Laboratory for Smart Ceramics',
    ],
    [
      'a joint centre',
      'The Orvo–Tarvel Joint Innovation Centre hired ten engineers.',
      'Orvo–Tarvel Joint Innovation Centre',
    ],
  ])('is an organization: %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    ['a joint statement', 'The Orvo–Tarvel Joint Statement was signed.', 'Orvo–Tarvel Joint Statement'],
    [
      'a joint laboratory with no partner named',
      'She heads the Joint Laboratory for Soils at the university.',
      'Joint Laboratory for Soils',
    ],
  ])('is no organization: %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });

  it.each([
    [['Joint', 'Research', 'Laboratory', 'for', 'Ceramics'], true],
    [['Joint', 'Commission', 'on', 'Trade'], true],
    [['Joint', 'Statement'], false],
    [['Research', 'Laboratory'], false],
  ])('namesJointBody(%j) is %s', (words, expected) => {
    expect(namesJointBody(words)).toBe(expected);
  });
});
