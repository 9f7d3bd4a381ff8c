import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

describe('the text a candidate keeps', () => {
  it.each([
    [
      'without a leading "The"',
      'The Tarvel Water Board said the dam was safe.',
      'organizations',
      'Tarvel Water Board',
    ],
    [
      "with a legal form's full stop",
      'The order went to Kestro Foods Inc. on Monday.',
      'organizations',
      'Kestro Foods Inc.',
    ],
    ['a place without a possessive', "Lisbon's mayor opened the market on Monday.", 'locations', 'Lisbon'],
  ] as const)('%s: %s', (_phenomenon, text, kind, name) => {
    expect(namesOf(entitiesOf(text)[kind])).toContain(name);
  });
});
