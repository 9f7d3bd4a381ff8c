import { describe, expect, it } from 'vitest';
import { rangeIn } from './entity-context.test-support.ts';
import { wordBeforeArticle } from './entity-context.ts';

describe('wordBeforeArticle', () => {
  it.each<[string, string, string, string | undefined, number]>([
    ['looks past "the"', 'Stalls stood in the Old Mill courtyard.', 'Old Mill', 'in', 2],
    ['looks past a capital "The"', 'Funded by The Marrow Trust, it opened.', 'Marrow Trust', 'by', 2],
    [
      'takes the word itself when no "the" stands there',
      'It was funded by Marrow Trust.',
      'Marrow Trust',
      'by',
      1,
    ],
    ['has no word at the start of a sentence', 'The Marrow Trust paid for it.', 'Marrow Trust', undefined, 2],
  ])('%s', (_case, text, name, word, distance) => {
    const { context, range } = rangeIn(text, name);
    const before = wordBeforeArticle(context, range);
    expect(before.term?.text).toBe(word);
    expect(before.distance).toBe(distance);
  });
});
