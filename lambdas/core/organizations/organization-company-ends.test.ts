import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a company named alone elsewhere ends where it ran into a name', () => {
  it.each([
    [
      'a legal form before the name, then the holder of an office',
      'The plant was built by PT Kelud Jaya Abadi. President Director of PT Kelud Jaya Abadi Sri Wahyuni Putri said it would employ 90 people.',
      ['PT Kelud Jaya Abadi'],
      ['Sri Wahyuni Putri'],
    ],
    [
      'a legal form after the name, then a person',
      'Orders went to Tarvel Foods Ltd in May. A letter from Tarvel Foods Ltd Ana Maria Costa said so.',
      ['Tarvel Foods Ltd'],
      ['Ana Maria Costa'],
    ],
  ])('%s: %s', (_phenomenon, text, organizations, people) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toEqual(organizations);
    expect(namesOf(entities.people)).toEqual(people);
  });

  it.each([
    [
      "the company's longer form",
      'PT Kelud Jaya signed. PT Kelud Jaya Tbk shares rose on Monday.',
      'PT Kelud Jaya Tbk',
    ],
    [
      'a body the company owns',
      'Kessu Mining Ltd said that the Kessu Mining Ltd Foundation would give grants.',
      'Kessu Mining Ltd Foundation',
    ],
  ])('keeps %s: %s', (_phenomenon, text, organization) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(organization);
  });

  it('leaves a company named once to the reader of titles', () => {
    const entities = entitiesOf('Chief Executive of PT Kelud Mas Ana Wati spoke on Monday.');
    expect(namesOf(entities.people)).toEqual(['Ana Wati']);
  });
});
