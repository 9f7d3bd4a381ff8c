import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { restatesQuotation } from './speech-statements.ts';

describe('restatesQuotation', () => {
  it.each<[string, string, boolean]>([
    ['an object, "to" and a quotation', 'farmers to “plant early and plant often.”', true],
    ['a quotation alone', '“we will be back next year”', true],
    ['a longer object before "to"', 'the new councillors to “listen first”', true],
    ['a quoted fragment in a clause of its own', 'the talks had been “long and frank”', false],
    ['a clause with no quotation', 'farmers to plant early', false],
    ['words after the quotation', 'farmers to “plant early” and often', false],
    ['an object too long to be one', 'all of the many new farmers to “plant early”', false],
  ])('%s', (_case, text, expected) => {
    expect(restatesQuotation(text)).toBe(expected);
  });
});

describe('a complement that is only a quotation gives the direct quote alone', () => {
  const quotesOf = (text: string) => extract(text).quotes.map((quote) => [quote.type, quote.text]);

  it('urged ... to “...”', () => {
    const text =
      'Minister Aiko Tanabe opened the fair. Tanabe urged farmers to “plant early and plant often.”';
    expect(quotesOf(text)).toEqual([['direct', 'plant early and plant often.']]);
  });

  it('a quoted fragment inside reported speech still gives both', () => {
    const text = 'Minister Aiko Tanabe opened the fair. Tanabe said the talks had been “long and frank”.';
    expect(quotesOf(text)).toContainEqual(['direct', 'long and frank']);
    expect(quotesOf(text).filter(([type]) => type === 'indirect')).toHaveLength(1);
  });
});
