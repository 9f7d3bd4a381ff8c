import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('the object of a launch verb', () => {
  it.each([
    [
      'a platform in apposition',
      'Kessu Labs today launched Tarvio, a data platform for farmers. Tarvio tracks rainfall.',
      ['Kessu Labs'],
    ],
    [
      'a product after a possessive',
      'Orvale Foods unveiled its new Crunvo, a cereal platform, in May.',
      ['Orvale Foods'],
    ],
  ])('is a product, no organization: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });

  it('with an organization head, is an organization', () => {
    const text = 'Kessu Labs launched Tarvio Ventures, a fund for farm start-ups.';
    expect(namesOf(entitiesOf(text).organizations)).toContain('Tarvio Ventures');
  });
});
