import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/press-record.ts';
import { quotesNamed, reported } from './speech-reported.test-support.ts';

const PEOPLE = ['Ilse Varga', 'Konrad Mbeki'];
const ORGANIZATIONS = ['Tessaly Rail Board', 'Ministry of Ports, Roads and Bridges'];

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
    [
      'a phrase for where it was said after the verb',
      'The ferry resumes on June 2, the Tessaly Rail Board said in a statement.',
      [reported('Tessaly Rail Board', 'The ferry resumes on June 2')],
    ],
    [
      'a name with a comma before the verb',
      'The bridge opened on Monday, drawing large crowds, the Ministry of Ports, Roads and Bridges said in a press release.',
      [reported('Ministry of Ports, Roads and Bridges', 'The bridge opened on Monday, drawing large crowds')],
    ],
    [
      'a channel phrase, then a chained verb',
      'Ten buses arrive in May, the Tessaly Rail Board said on its website, adding that fares would fall.',
      [
        reported('Tessaly Rail Board', 'Ten buses arrive in May'),
        reported('Tessaly Rail Board', 'fares would fall'),
      ],
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
    [
      'a phrase of place after a passive verb',
      'Ilse Varga toured the line, and two faults were reported in the northern tunnel.',
    ],
  ])('reports nothing from %s', (_phenomenon, text) => {
    expect(quotesNamed(text, PEOPLE, ORGANIZATIONS)).toEqual([]);
  });
});
