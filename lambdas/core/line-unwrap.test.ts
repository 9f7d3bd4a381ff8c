import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrapLines } from './line-unwrap.ts';

const WRAPPED = [
  'The regional council of Lower Vessa approved on Tuesday a plan to rebuild',
  'the old ferry quay at Marren, its chair, Ilse Okonkwo-Brandt, told members',
  'of the press after a vote that ran late into the evening.',
].join('\n');

describe('unwrapLines', () => {
  it('joins the lines of a hard-wrapped paragraph into one', () => {
    expect(unwrapLines(WRAPPED)).toBe(WRAPPED.replaceAll('\n', ' '));
  });

  it.each([
    [
      'a paragraph break',
      `${WRAPPED}\n\n${WRAPPED}`,
      `${WRAPPED.replaceAll('\n', ' ')}\n\n${WRAPPED.replaceAll('\n', ' ')}`,
    ],
    [
      'a short first line (a date header or a title) on its own',
      `12 March 2031\n${WRAPPED}`,
      `12 March 2031\n${WRAPPED.replaceAll('\n', ' ')}`,
    ],
    [
      'list items, each on its own line',
      'The programme of the three-day fair in the old port includes, among others:\n- a seed swap hosted by the growers of the valley and their guests;\n- a cider tasting.',
      'The programme of the three-day fair in the old port includes, among others:\n- a seed swap hosted by the growers of the valley and their guests;\n- a cider tasting.',
    ],
    [
      'a "Label:" field line',
      'For further information about the quay and its ferries, please contact\nEmail: press@vessa-council.example, or the office of the harbour master.',
      'For further information about the quay and its ferries, please contact\nEmail: press@vessa-council.example, or the office of the harbour master.',
    ],
    [
      "Markdown's hard break (two spaces)",
      'The quay will reopen to foot passengers and cyclists in the spring.  \nThe vehicle deck follows a year later, the council said in its notice.',
      'The quay will reopen to foot passengers and cyclists in the spring.  \nThe vehicle deck follows a year later, the council said in its notice.',
    ],
    [
      'a Markdown heading',
      '## The regional council of Lower Vessa approves the ferry quay plan\nThe regional council approved the plan to rebuild the old ferry quay.',
      '## The regional council of Lower Vessa approves the ferry quay plan\nThe regional council approved the plan to rebuild the old ferry quay.',
    ],
  ])('keeps %s', (_name, text, expected) => {
    expect(unwrapLines(text)).toBe(expected);
  });

  it('joins a line that a number opens when the sentence goes on ("under\\n25. She")', () => {
    const text =
      'The festival director said that more than half of the performers were under\n25. She added that a youth stage would follow next year, with its own jury.';
    expect(unwrapLines(text)).toBe(text.replace('\n', ' '));
  });

  it('keeps numbered items after a lead-in on their own lines', () => {
    const text =
      'The council of the district of Lower Vessa agreed on three measures:\n1. a new quay for the ferries of the island route;\n2. a cycle lane.';
    expect(unwrapLines(text)).toBe(text);
  });

  it.each([
    [
      'a contact block of short lines',
      'Media contact\nSabine Okafor-Lind, Head of Corporate Communications\nVessa Ferries Ltd\npress@vessa-ferries.example',
    ],
    [
      'paragraphs written one per line (lines longer than any wrap width)',
      `${WRAPPED.replaceAll('\n', ' ')} It will cost 12 million euros.\nThe work starts in June, the council said, and ends two years later.`,
    ],
    ['a text without line breaks', 'The quay reopens in May.'],
  ])('leaves %s alone', (_name, text) => {
    expect(unwrapLines(text)).toBe(text);
  });

  it('keeps the length and changes nothing but line breaks into spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '.', '-', 'A', ':') }), (text) => {
        const unwrapped = unwrapLines(text);
        expect(unwrapped.length).toBe(text.length);
        for (let i = 0; i < text.length; i++)
          if (unwrapped[i] !== text[i]) expect([text[i], unwrapped[i]]).toEqual(['\n', ' ']);
      }),
    );
  });
});
