import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a school whose members come "from" it', () => {
  it.each([
    [
      'students',
      'Some 30 students from Tarvo-Kessa State University joined the survey.',
      'Tarvo-Kessa State University',
    ],
    [
      'researchers',
      'Researchers from the Orvo Polytechnic Institute took samples.',
      'Orvo Polytechnic Institute',
    ],
  ])('is an organization: %s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.locations)).not.toContain(name);
  });

  it('a place people come from stays a place: Some 30 students from Tarvo-Kessa Region joined.', () => {
    const entities = entitiesOf('Some 30 students from Tarvo-Kessa Region joined the survey.');
    expect(namesOf(entities.organizations)).not.toContain('Tarvo-Kessa Region');
  });
});
