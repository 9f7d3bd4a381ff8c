import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkExtractInvariants } from './extract-invariants.test-support.ts';

const ONE_MEGABYTE = 1_048_576;

/** Phrases of a release, with the marks and numbers that make extractors look twice. */
const phrase = fc.constantFrom(
  'The Harbor Trust (HT) said that',
  'more than 1,200 visitors attended the fair',
  'in Lagos on June 3, 2025',
  '\u201CWe are glad,\u201D said Amara Diallo',
  '\u00ABNous sommes pr\u00EAts\u00BB',
  'Dr. Chen Wei-lin noted',
  'two hundred delegates',
  '"unbalanced',
  '\u{1F389} \u0645\u0631\u062D\u0628\u0627',
  '.',
  ',',
);

// Its own file: one release of a megabyte on a single line (no paragraph or sentence help) costs far
// more than the rest of the property tests together, and a failure here must not hide theirs.
describe('extract on a 1 MB single line', () => {
  it('returns a valid record whose quotes and counts come from the text', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 30, maxLength: 60 }), (phrases) => {
        const line = `${phrases.join(' ')} `;
        checkExtractInvariants(line.repeat(Math.ceil(ONE_MEGABYTE / line.length)).slice(0, ONE_MEGABYTE));
      }),
      { numRuns: 1 },
    );
  }, 180_000);
});
