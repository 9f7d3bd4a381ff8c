import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

describe("a state's formal name", () => {
  // [phenomenon, text, name, whether it is listed as a place]
  it.each([
    [
      'qualifiers before the head',
      'Exports from the Norvian Republic rose in May.',
      'Norvian Republic',
      true,
    ],
    [
      "at the end of a minister's title",
      'The Minister of Energy of the Kalesh Republic, Ana Varo, spoke first.',
      'Kalesh Republic',
      true,
    ],
    [
      'a head and "of" at the end of a title',
      'The Deputy Minister of Trade of the Federal Republic of Tembaru, Jo Lind, signed it.',
      'Federal Republic of Tembaru',
      true,
    ],
    ['a sultanate', 'Envoys of the Sultanate of Orvala arrived on Friday.', 'Sultanate of Orvala', true],
    ['a holiday named after the republic', 'The Republic Day parade drew crowds.', 'Republic Day', false],
    ['a head alone', 'The Republic will vote in June.', 'Republic', false],
    [
      'a company named after a republic',
      'Republic Steel Holdings reported a profit.',
      'Republic Steel Holdings',
      false,
    ],
  ])('%s: %s', (_phenomenon, text, name, isPlace) => {
    expect(namesOf(entitiesOf(text).locations).includes(name)).toBe(isPlace);
  });
});
