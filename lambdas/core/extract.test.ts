import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';
import { checkExtractInvariants as checkExtract } from './extract-invariants.test-support.ts';

const QUOTE_MARKS = [
  '"',
  "'",
  '\u201C',
  '\u201D',
  '\u2018',
  '\u2019',
  '\u00AB',
  '\u00BB',
  '\u201E',
  '\u2039',
];

/** Pieces of press-release language, mixed with the characters that trip up parsers. */
const fragment = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom('the', 'of', 'and', 'said', 'added', 'that', 'noted', 'according to'),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'Dr.',
      'Mr.',
      'President',
      'Minister',
      'Amara Diallo',
      'Chen Wei-lin',
      'Olu',
      'Harbor Trust (HT)',
      'ACME',
      'Ministry of Water',
      'University of Eastvale',
      'Lagos',
      'Santiago',
      '\u00C9lodie Marchand',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'attended',
      'participants',
      'visitors',
      'more than',
      'nearly',
      'up to',
      'about',
    ),
  },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => n.toLocaleString('en-US')) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('two hundred', '1.2 million', 'a dozen', 'forty-two', '0', '-5', '3.5', '1e9'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'June 3, 2025',
      '3 June 2025',
      '2025-06-03',
      'date 2025-13-45',
      'Feb. 30',
      'yesterday',
    ),
  },
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom('.', ',', ';', ':', '?', '!', '(', ')', '\u2014', '--', '...') },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\t', '\u00A0', '\u2028') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\u{1F389}',
      '\u{1F44D}\u{1F3FD}',
      '\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645',
      '\u05E9\u05DC\u05D5\u05DD',
      '\u200F',
      '\u200B',
      '\uFEFF',
      '\u0301',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const releaseLike = fc
  .array(fragment, { maxLength: 120 })
  .chain((parts) => fc.constant(parts.join(' ')))
  .chain((text) => fc.oneof(fc.constant(text), fc.constant(text.replaceAll(' ', ''))));

const manyQuotes = fc
  .array(
    fc.oneof(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom('We will', 'said Amara Diallo.', ' ', '\n')),
    {
      minLength: 20,
      maxLength: 300,
    },
  )
  .map((parts) => parts.join(''));

describe('extract (properties)', () => {
  it('never throws on any string and returns a valid record whose quotes and counts come from the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkExtract(text);
      }),
      { numRuns: 150 },
    );
  });

  it('holds on release-like text with names, numbers, dates, quotation marks, RTL text and emoji', () => {
    fc.assert(
      fc.property(releaseLike, (text) => {
        checkExtract(text);
      }),
      { numRuns: 200 },
    );
  });

  // Counterexamples fast-check found once, kept so that every run checks them.
  it.each([
    // A name and a comma at the end of the text: the title after it was read past the last term.
    'June3,2025June3,2025 ',
  ])('holds on the counterexample %j', (text) => {
    checkExtract(text);
  });

  it('holds on many and unbalanced quotation marks', () => {
    fc.assert(
      fc.property(manyQuotes, (text) => {
        checkExtract(text);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic: the same text gives the same record', () => {
    fc.assert(
      fc.property(releaseLike, (text) => {
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: 30 },
    );
  });
});
