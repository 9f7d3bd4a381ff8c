import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('bodyQualifyingRun: a known body qualifying a run that names nothing', () => {
  it.each([
    [
      'a status it grants',
      'The walk follows the Kessu Path, the UNESCO World Heritage Site that links the mills.',
      'UNESCO',
    ],
    ['a document it issued', 'Orvel Mining must report it under the EU Market Abuse Regulation.', 'EU'],
  ])('%s: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    ['an acronym the lexicon does not know', 'Staff must follow the KTZ Safety Regulation in Orvel.', 'KTZ'],
    ['a body alone', 'The talks followed the EU and Tarvel.', 'EU and Tarvel'],
  ])('names no body for %s: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });

  it('leaves a run that names an organization whole', () => {
    const text = 'The ASEAN Secretariat said it agreed with Orvel.';
    expect(namesOf(entitiesOf(text).organizations)).toEqual(['ASEAN Secretariat']);
  });
});
