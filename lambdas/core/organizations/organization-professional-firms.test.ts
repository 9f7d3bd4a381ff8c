import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { opensWithProfessionalFirm } from './organization-professional-firms.ts';

describe('opensWithProfessionalFirm', () => {
  it.each<[string, string, boolean]>([
    ['a law firm', 'Studio Legale Rossi Conti', true],
    ["a notary's office", 'Studio Notarile Ferrante', true],
    ['a studio with no profession', 'Studio Marconi Design', false],
    ['the pair with no name after it', 'Studio Legale', false],
    ['a place named after a studio', 'Studio City', false],
  ])('%s: %s', (_case, text, expected) => {
    expect(opensWithProfessionalFirm(text.split(' '))).toBe(expected);
  });
});

describe('professional firms named head first', () => {
  it('a law firm and a notary are organizations', () => {
    const text =
      'The buyer was advised by Studio Legale Marchetti Bruni & Associati and by Studio Notarile Ferrante.';
    expect(namesOf(entitiesOf(text).organizations)).toEqual([
      'Studio Legale Marchetti Bruni & Associati',
      'Studio Notarile Ferrante',
    ]);
  });

  it('a recording studio named in English stays out of the firms', () => {
    const text = 'The band recorded the album at Studio Kessel in Orvo.';
    expect(namesOf(entitiesOf(text).organizations)).not.toContain('Studio Kessel');
  });
});
