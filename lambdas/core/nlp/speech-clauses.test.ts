import { describe, expect, it } from 'vitest';
import { prepareText } from '../release-text.ts';
import { indexVerbs } from './speech-clauses.ts';
import { parseRelease } from './world.ts';

describe('indexVerbs', () => {
  const text = 'He said goodbye to the crew. She said the ferry will run at noon.';
  const release = prepareText(text);
  const verbs = indexVerbs(parseRelease(release.text), release.text);

  it.each<[string, string, boolean]>([
    ['a noun phrase has no verb', 'goodbye to the crew', false],
    ['a clause has one', 'the ferry will run at noon', true],
  ])('%s', (_name, phrase, expected) => {
    const start = text.indexOf(phrase);
    expect(verbs.hasVerbWithin(start, start + phrase.length)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['a past-tense verb', 'said', true],
    ['a future verb phrase', 'will', false],
    ['a noun', 'crew', false],
  ])('past tense: %s', (_name, word, expected) => {
    expect(verbs.isPastTenseAt(text.indexOf(word))).toBe(expected);
  });

  it('cannot tell for a parse of another text, and then says yes', () => {
    const other = indexVerbs(parseRelease('Nothing here.'), release.text);
    expect(other.hasVerbWithin(0, 5)).toBe(true);
    expect(other.isPastTenseAt(3)).toBe(false);
  });
});
