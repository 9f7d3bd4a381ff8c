import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import {
  blankLongWordlessOpening,
  boundSentenceLength,
  detachDoubleHyphens,
  MAX_PARSED_SENTENCE,
  parsedTerms,
  parseRelease,
} from './world.ts';

describe('detachDoubleHyphens', () => {
  it.each([
    ['a wire dateline', 'KESSUVO--(TARVO WIRE)--March 4', 'KESSUVO -(TARVO WIRE) -March 4'],
    ['a dash typed between words', 'the plan--which passed--stands', 'the plan -which passed -stands'],
    ['a spaced dash (left alone)', 'the plan -- which passed', 'the plan -- which passed'],
    ['a single hyphen (left alone)', 'a well-known co-op', 'a well-known co-op'],
  ])('%s', (_name, text, expected) => {
    expect(detachDoubleHyphens(text)).toBe(expected);
    expect(detachDoubleHyphens(text)).toHaveLength(text.length);
  });

  it('lets the parse see the words on each side as terms of their own', () => {
    const words = parsedTerms(parseRelease('KESSUVO--(TARVO WIRE)--Orvale Labs opened.'))
      .flat()
      .map((term) => term.text);
    expect(words).toEqual(expect.arrayContaining(['KESSUVO', 'TARVO', 'WIRE', 'Orvale']));
  });
});

describe('boundSentenceLength', () => {
  it('leaves ordinary text alone', () => {
    const text = 'The forum opened. Over 300 guests attended!\nIt closed on Friday.';
    expect(boundSentenceLength(text)).toBe(text);
  });

  it('breaks a run-on sentence at a space past the limit, keeping its length', () => {
    const text = 'word '.repeat(MAX_PARSED_SENTENCE);
    const bounded = boundSentenceLength(text);
    expect(bounded).toHaveLength(text.length);
    expect(bounded).toContain('\n');
    expect(bounded.replaceAll('\n', ' ')).toBe(text);
    for (const run of bounded.split('\n'))
      expect(run.length).toBeLessThanOrEqual(MAX_PARSED_SENTENCE + 'word '.length);
  });

  it('cuts a run with no space at all once it passes twice the limit', () => {
    const text = '"'.repeat(MAX_PARSED_SENTENCE * 5);
    const bounded = boundSentenceLength(text);
    expect(bounded).toHaveLength(text.length);
    for (const run of bounded.split('\n')) expect(run.length).toBeLessThanOrEqual(2 * MAX_PARSED_SENTENCE);
    expect(bounded.split('\n').length).toBeGreaterThan(2);
  });
});

describe('blankLongWordlessOpening', () => {
  const long = MAX_PARSED_SENTENCE + 1;
  it.each([
    ['a release opening with words', '"Welcome," said the mayor of Tallinn.'],
    ['a short run of marks before the words', `${'* '.repeat(40)}Harbour Week opens.`],
    ['marks after an early digit', `${'-'.repeat(10)}7${'"'.repeat(long)}`],
    ['a long opening of words', `${'Kai spoke. '.repeat(200)}`],
  ])('leaves %s alone', (_, text) => {
    expect(blankLongWordlessOpening(text)).toBe(text);
  });

  it.each([
    ['quotation marks only', '"'.repeat(long), ''],
    [
      'marks and line breaks, then words',
      `${'".\n'.repeat(long)}Lagos hosts the fair.`,
      'Lagos hosts the fair.',
    ],
    ['dashes and spaces, then a number', `${'- '.repeat(long)}12 guests came.`, '12 guests came.'],
  ])('turns a long opening of %s into spaces, keeping the length', (_, text, rest) => {
    const blanked = blankLongWordlessOpening(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.endsWith(rest)).toBe(true);
    expect(blanked.slice(0, text.length - rest.length).trim()).toBe('');
  });
});

describe('parseRelease', () => {
  it('keeps the text it was given, so offsets into it stay valid', () => {
    const text = `${'alpha beta '.repeat(300)}end.`;
    expect(parseRelease(text).text).toBe(text);
  });

  it('tags every word but leaves out the phrase chunks no extractor reads', () => {
    const terms = parsedTerms(parseRelease('The new minister opened the bridge in Lisbon.')).flat();
    expect(terms.find((term) => term.text === 'opened')?.tags.has('PastTense')).toBe(true);
    expect(terms.find((term) => term.text === 'Lisbon')?.tags.has('Place')).toBe(true);
    // The chunker puts "The" in the noun phrase "The new minister"; without it the word has no chunk.
    expect((terms[0] as { chunk?: string }).chunk).toBeUndefined();
  });

  it('leaves every other parse of the process whole: the chunker still runs there', () => {
    parseRelease('The new minister opened the bridge.');
    expect(nlp.hooks()).toContain('chunks');
    const term = nlp('The new minister opened the bridge.').docs[0]?.[0] as { chunk?: string } | undefined;
    expect(term?.chunk).toBe('Noun');
  });
});
