import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/press-record.ts';
import { quotesNamed, reported } from './speech-reported.test-support.ts';

const PEOPLE = ['Ilse Varga', 'Konrad Mbeki'];

describe('where the content of a speech verb starts', () => {
  it.each<[string, string, Quote[]]>([
    [
      'after "that"',
      'Ilse Varga noted that the bridge will close for a week.',
      [reported('Ilse Varga', 'the bridge will close for a week')],
    ],
    [
      'after a time phrase and "that"',
      'Konrad Mbeki said on Thursday that the quay had flooded.',
      [reported('Konrad Mbeki', 'the quay had flooded')],
    ],
    [
      'a bare clause after "said"',
      'Ilse Varga said the pumps will be replaced next year.',
      [reported('Ilse Varga', 'the pumps will be replaced next year')],
    ],
    [
      'the addressee of "urged"',
      'Konrad Mbeki urged growers to report their harvests early.',
      [reported('Konrad Mbeki', 'growers to report their harvests early')],
    ],
    [
      '"acknowledged" with a clause still reports it',
      'Ilse Varga acknowledged that the support of the trust had come late.',
      [reported('Ilse Varga', 'the support of the trust had come late')],
    ],
    [
      '"acknowledged" with a noun of no thanks reports the noun phrase',
      'Konrad Mbeki acknowledged the delays in the second phase.',
      [reported('Konrad Mbeki', 'the delays in the second phase')],
    ],
    [
      'a quotation after a colon is quoted, not reported',
      'Ilse Varga said: "The pumps are ready."',
      [{ speaker: 'Ilse Varga', text: 'The pumps are ready.', type: 'direct' }],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(quotesNamed(text, PEOPLE)).toEqual(expected);
  });

  it.each([
    ['a set phrase after "said"', 'Ilse Varga said goodbye to the crew that built the dam.'],
    ['"predicted" with a noun and no clause', 'Konrad Mbeki predicted heavy snow in the valley.'],
    [
      'thanks given with "acknowledged" and what was given',
      'Ilse Varga acknowledged the support of the Orvel Rowing Trust and the harbour crews.',
    ],
    ['thanks for help, in the present tense', 'Konrad Mbeki acknowledges their help with the nets.'],
  ])('reports nothing from %s', (_phenomenon, text) => {
    expect(quotesNamed(text, PEOPLE)).toEqual([]);
  });
});
