import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { rangeIn } from '../entities/entity-context.test-support.ts';
import { isGenericBody } from './organization-generic-bodies.ts';

describe('a name made only of head nouns and titles', () => {
  it.each([
    [
      'Rana Okoye, Chair of the Board of Trustees of the Foundation, spoke.',
      'Board of Trustees of the Foundation',
    ],
    ['The Council of the Academy met on Monday.', 'Council of the Academy'],
  ])('names no one body: %s', (text, name) => {
    const { context, range } = rangeIn(text, name);
    expect(isGenericBody(context, range)).toBe(true);
  });

  it.each([
    ['The Board of Trustees of the Tarvo Foundation met.', 'Board of Trustees of the Tarvo Foundation'],
    ['The Kessu Media Group opened a studio.', 'Kessu Media Group'],
    ['It was signed at the Office of the Governor.', 'Office of the Governor'],
  ])('a name with a word of its own names a body: %s', (text, name) => {
    const { context, range } = rangeIn(text, name);
    expect(isGenericBody(context, range)).toBe(false);
  });

  it('leaves the organization the release names', () => {
    const text =
      'Rana Okoye, Chair of the Board of Trustees of the Foundation, said funds rose. ' +
      'The Tarvo Relief Foundation works in 12 countries.';
    expect(namesOf(entitiesOf(text).organizations)).toEqual(['Tarvo Relief Foundation']);
  });
});
