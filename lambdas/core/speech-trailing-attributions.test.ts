import { describe, expect, it } from 'vitest';
import type { Quote } from '../model/press-record.ts';
import { quotesNamed, reported } from './speech-reported.test-support.ts';

const PEOPLE = ['Ilse Varga', 'Konrad Mbeki'];
const ORGANIZATIONS = ['Tessaly Rail Board'];

describe('a speech verb after the clause it reports', () => {
  it.each<[string, string, Quote[]]>([
    [
      'the verb, then the speaker with an appositive',
      'The new line opens in October, said Ilse Varga, the board chair.',
      [reported('Ilse Varga', 'The new line opens in October')],
    ],
    [
      'a pronoun and "added" closing the sentence',
      'Konrad Mbeki visited the depot. The night trains return in spring, he added.',
      [reported('Konrad Mbeki', 'The night trains return in spring')],
    ],
    [
      'an organization and a time phrase after the verb',
      'Ticket prices will stay the same, the Tessaly Rail Board said on Friday.',
      [reported('Tessaly Rail Board', 'Ticket prices will stay the same')],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(quotesNamed(text, PEOPLE, ORGANIZATIONS)).toEqual(expected);
  });

  it.each([
    ['a parenthetical "she said" after a short subject', 'The depot, she said, was ready. Ilse Varga left.'],
    [
      'a verb with a clause of its own after the comma',
      'The line opened, said Ilse Varga who had planned it.',
    ],
  ])('reports nothing from %s', (_phenomenon, text) => {
    expect(quotesNamed(text, PEOPLE, ORGANIZATIONS)).toEqual([]);
  });
});
