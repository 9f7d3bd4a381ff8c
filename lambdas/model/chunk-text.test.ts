import { describe, expect, it } from 'vitest';
import { chunkText } from './chunk-text.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('chunkText', () => {
  it.each([
    ['abcde', 2, ['ab', 'cd', 'e']],
    ['abcd', 2, ['ab', 'cd']],
    ['', 2, ['']],
    // '😀' is two UTF-16 units: a cut between them would leave two invalid halves.
    ['a😀b', 2, ['a', '😀', 'b']],
    ['😀😀', 3, ['😀', '😀']],
  ])('%j in pieces of %i', (text, size, expected) => {
    expect(chunkText(text, size)).toEqual(expected);
  });

  it('joins back to the input and keeps every piece within the limit', () => {
    const text = 'Quote 😀 über 新闻 '.repeat(500);
    const chunks = chunkText(text, 101);
    expect(chunks.join('')).toBe(text);
    expect(chunks.every((chunk) => chunk.length <= 101 && !LONE_SURROGATE.test(chunk))).toBe(true);
  });
});
