import { describe, expect, it } from 'vitest';
import { type EntityContext, wordBeforeArticle } from './entity-context.ts';
import { readEntityTerms } from './nlp/entity-terms.ts';
import { parseRelease } from './nlp/world.ts';
import { prepareText } from './release-text.ts';

/** The context of `text` and the range of `name` where the text first writes it. */
function rangeIn(text: string, name: string) {
  const release = prepareText(text);
  const terms = readEntityTerms(parseRelease(release.text));
  const context: EntityContext = {
    text: release.text,
    terms,
    knownForms: new Set(),
    commonAcronyms: new Set(),
  };
  const start = release.text.indexOf(name);
  const from = terms.findIndex((term) => term.start === start);
  const to = terms.findIndex((term) => term.end === start + name.length);
  return { context, range: { from, to } };
}

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
