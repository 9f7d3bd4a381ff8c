import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/press-record.ts';
import { parseRelease } from '../nlp/world.ts';
import { findQuotedSpans } from '../quotes/quote-marks.ts';
import { extractQuotes } from '../quotes/quotes.ts';
import { prepareText } from '../release-text.ts';
import type { Entities } from '../types.ts';
import { quoteClosingBefore } from './speech-quote-ends.ts';

const ENTITIES: Entities = {
  people: [
    { name: 'Ingrid Solberg-Mæhle', aliases: ['Solberg-Mæhle'] },
    { name: 'Tevita Fifita', aliases: ['Fifita'] },
  ],
  organizations: [],
  locations: [],
  mentions: [],
};

function quotesOf(text: string): Quote[] {
  const release = prepareText(text);
  return extractQuotes(release, parseRelease(release.text), ENTITIES);
}

const direct = (speaker: string, text: string): Quote => ({ speaker, text, type: 'direct' });
const indirect = (speaker: string, text: string): Quote => ({ speaker, text, type: 'indirect' });

describe('a reported clause ends with the quoted words it closes on', () => {
  it.each<[string, string, Quote[]]>([
    [
      'a new predicate of the subject after the closing mark',
      'Ingrid Solberg-Mæhle stressed that fisheries were "the heart of the coast" and thanked the crews for their work.',
      [
        indirect('Ingrid Solberg-Mæhle', 'fisheries were "the heart of the coast"'),
        direct('Ingrid Solberg-Mæhle', 'the heart of the coast'),
      ],
    ],
    [
      'a comma before the new predicate',
      'Tevita Fifita said the wharf was “built to last”, and praised the engineers.',
      [indirect('Tevita Fifita', 'the wharf was “built to last”'), direct('Tevita Fifita', 'built to last')],
    ],
    [
      'a chained speech verb after the closing mark keeps the quotation in the first clause',
      'Tevita Fifita said the school was "a second home" and added that classes resume in May.',
      [
        indirect('Tevita Fifita', 'the school was "a second home"'),
        direct('Tevita Fifita', 'a second home'),
        indirect('Tevita Fifita', 'classes resume in May'),
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('a reported clause is not cut where the cue is missing', () => {
  it.each<[string, string, Quote[]]>([
    [
      'no quotation: the clause runs on (its own subject may be the one acting)',
      'Tevita Fifita said the council reviewed the plan and approved the budget.',
      [indirect('Tevita Fifita', 'the council reviewed the plan and approved the budget')],
    ],
    [
      'a noun after "and" continues the quoted phrase',
      'Ingrid Solberg-Mæhle said the fund backs "small boats" and harbours across the region.',
      [
        indirect('Ingrid Solberg-Mæhle', 'the fund backs "small boats" and harbours across the region'),
        direct('Ingrid Solberg-Mæhle', 'small boats'),
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('quoteClosingBefore', () => {
  it.each<[string, string, boolean]>([
    ['right after the closing mark', 'it was "a beacon" and', true],
    ['after a comma', 'it was "a beacon", and', true],
    ['words between', 'it was "a beacon" for all and', false],
    ['no quotation', 'it was a beacon and', false],
  ])('%s', (_name, text, expected) => {
    const release = prepareText(text);
    const quotes = findQuotedSpans(release);
    expect(quoteClosingBefore(release.text, quotes, release.text.lastIndexOf('and')) !== null).toBe(expected);
  });
});
