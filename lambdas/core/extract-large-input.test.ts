import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkExtractInvariants } from './extract-invariants.test-support.ts';

/** Repeats `unit` into one line of exactly `length` characters (no line breaks). */
function lineOf(unit: string, length: number): string {
  const flat = unit.replace(/\s+/g, ' ') || 'x';
  return flat.repeat(Math.ceil(length / flat.length)).slice(0, length);
}

/** Dense runs of the characters that trip parsers: quotation marks of every style, emoji, RTL, digits. */
const denseRun = fc
  .array(
    fc.constantFrom(
      '"',
      "'",
      '\u201C',
      '\u201D',
      '\u00AB',
      '\u00BB',
      '\u201E',
      '\u{1F389}',
      '\u0645\u0631',
      '1,200',
      '.',
      'Said',
    ),
    { minLength: 10, maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Sentences of a release, with the marks and numbers that make extractors look twice. */
const sentence = fc.constantFrom(
  'The Harbor Trust (HT) said that more than 1,200 visitors attended the fair in Lagos on June 3, 2025.',
  '\u201CWe are glad,\u201D said Amara Diallo, \u201Cand we will return.\u201D',
  '\u00ABNous sommes pr\u00EAts\u00BB, a dit Dr. Chen Wei-lin.',
  'Two hundred delegates from 40 countries took part, organizers said.',
  'Celebrations \u{1F389} in \u0645\u0631\u062D\u0628\u0627 street drew nearly 5,000 people!',
  'Is it over?',
);

/** Words without a sentence end, for a run-on line. */
const word = fc.constantFrom(
  'the',
  'Harbor',
  'Trust',
  'said',
  '"',
  '\u201C',
  '1,200',
  'visitors',
  'attended',
  '\u{1F389}',
);

// Their own file: long inputs cost more than the rest of the property tests together, and a failure
// here must not hide theirs. Tagging costs compromise time per word (roughly a minute of CPU for a
// megabyte of prose here), so the megabyte line is made of long dense runs: every character still goes
// through our own scanning (quote pairing, sentence splitting, number windows), but there are few words.
describe('extract on very long single lines', () => {
  it('returns a valid record from a 1 MB line of quotation marks, emoji, RTL text and digits', () => {
    fc.assert(
      fc.property(fc.array(denseRun, { minLength: 5, maxLength: 20 }), (runs) => {
        checkExtractInvariants(lineOf(`${runs.join(' ')} `, 1_048_576));
      }),
      { numRuns: 1 },
    );
  }, 120_000);

  it('returns a valid record from a 64 KB line of release sentences', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 10, maxLength: 30 }), (sentences) => {
        checkExtractInvariants(lineOf(`${sentences.join(' ')} `, 65_536));
      }),
      { numRuns: 1 },
    );
  }, 120_000);

  it('returns a valid record from a 16 KB run-on sentence with no full stop', () => {
    // Kept small: tagging time grows faster than the length of a single sentence.
    fc.assert(
      fc.property(fc.array(word, { minLength: 20, maxLength: 40 }), (words) => {
        checkExtractInvariants(lineOf(`${words.join(' ')} `, 16_384));
      }),
      { numRuns: 1 },
    );
  }, 120_000);
});
