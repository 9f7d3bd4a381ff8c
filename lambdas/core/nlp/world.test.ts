import { describe, expect, it } from 'vitest';
import { boundSentenceLength, MAX_PARSED_SENTENCE, parseRelease } from './world.ts';

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

describe('parseRelease', () => {
  it('keeps the text it was given, so offsets into it stay valid', () => {
    const text = `${'alpha beta '.repeat(300)}end.`;
    expect(parseRelease(text).text).toBe(text);
  });
});
