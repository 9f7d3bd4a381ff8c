import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PressRecord } from '../model/press-record.ts';
import { extract } from './extract.ts';

/**
 * The text a quote or attendance item must be found in: whitespace runs as one space, every quotation
 * mark style as one, invisible marks (BOM, zero-width, bidi) dropped, as release-text normalization does.
 */
function fold(text: string): string {
  return text
    .replace(/[\uFEFF\u200B-\u200F]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g, '"')
    .replace(/\s+/g, ' ');
}

/** Checks the three promises of `extract` for one input; returns the record for further checks. */
function checkExtract(text: string): PressRecord {
  const record = extract(text, { source: 'property.txt' });
  const parsed = PressRecord.safeParse(record);
  if (!parsed.success) throw new Error(`invalid record: ${parsed.error.message}`);
  const haystack = fold(text);
  for (const quote of record.quotes) {
    if (!haystack.includes(fold(quote.text).trim())) throw new Error(`quote not in input: ${quote.text}`);
  }
  for (const attendance of record.attendance) {
    if (!haystack.includes(fold(attendance.text).trim())) {
      throw new Error(`attendance text not in input: ${attendance.text}`);
    }
  }
  return record;
}

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

  it('holds on a 1 MB single line', () => {
    // One run only: tagging a megabyte of words takes seconds; the property, not the sample size, is the point.
    const words = fc.array(fragment, { minLength: 40, maxLength: 80 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(words, (text) => {
        const line = `${text.replace(/\s+/g, ' ')} `;
        checkExtract(line.repeat(Math.ceil(1_048_576 / line.length)).slice(0, 1_048_576));
      }),
      { numRuns: 1 },
    );
  }, 120_000);
});
