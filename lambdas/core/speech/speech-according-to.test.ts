import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/press-record.ts';
import { quotesNamed, reported } from './speech-reported.test-support.ts';

const ORGANIZATIONS = ['Harbour Expo Services Ltd', 'Tolvan Convention Centre'];

describe('"according to" a description, then the name of the source', () => {
  it.each<[string, string, Quote[]]>([
    [
      'the name closes the sentence',
      'The boat show closed at the Tolvan Convention Centre after drawing 9,000 visitors, according to the organisers, Harbour Expo Services Ltd.',
      [
        reported(
          'Harbour Expo Services Ltd',
          'The boat show closed at the Tolvan Convention Centre after drawing 9,000 visitors',
        ),
      ],
    ],
    [
      'the name is followed by a comma',
      'Ticket sales doubled, according to the organiser, Harbour Expo Services Ltd, which runs the show.',
      [reported('Harbour Expo Services Ltd', 'Ticket sales doubled')],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(quotesNamed(text, [], ORGANIZATIONS)).toEqual(expected);
  });

  it('resolves an acronym the text defined after a name', () => {
    const text =
      'A survey by the Tolvan Convention Centre (CCT) counted visitors. According to CCT, one in three came by ferry.';
    expect(quotesNamed(text, [], ORGANIZATIONS)).toEqual([
      reported('Tolvan Convention Centre', 'one in three came by ferry'),
    ]);
  });

  it('leaves a name that opens the clause to the clause', () => {
    const text =
      'Harbour Expo Services Ltd met the press. According to the company, Tolvan Convention Centre will add a hall.';
    expect(quotesNamed(text, [], ORGANIZATIONS)).toEqual([
      reported('Harbour Expo Services Ltd', 'Tolvan Convention Centre will add a hall'),
    ]);
  });
});

describe('"according to" a pronoun', () => {
  it.each<[string, string, Quote[]]>([
    [
      '"her" goes to the woman who spoke last',
      'Dr Mireille Okonta-Vance said the clinic would open in May.\n\nAccording to her, the region is ready to train nurses.',
      [
        reported('Mireille Okonta-Vance', 'the clinic would open in May'),
        reported('Mireille Okonta-Vance', 'the region is ready to train nurses'),
      ],
    ],
    [
      '"him" with no person before it names no one',
      'The clinic opened in May. According to him, the region is ready to train nurses.',
      [],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(quotesNamed(text, ['Mireille Okonta-Vance'], ORGANIZATIONS)).toEqual(expected);
  });
});

describe('"according to" an office, then the person who holds it', () => {
  it.each<[string, string, Quote[]]>([
    [
      'the office holder set off by commas is the source',
      'According to the Tolvan Convention Centre general manager, Oskari Lehtimaa, the new hall will seat 2,000 people.',
      [reported('Oskari Lehtimaa', 'the new hall will seat 2,000 people')],
    ],
    [
      'a document before the name is no office: the name opens the clause',
      'According to the Tolvan Convention Centre report, Oskari Lehtimaa, its manager, will open the new hall.',
      [reported('Tolvan Convention Centre', 'Oskari Lehtimaa, its manager, will open the new hall')],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(quotesNamed(text, ['Oskari Lehtimaa'], ORGANIZATIONS)).toEqual(expected);
  });
});
