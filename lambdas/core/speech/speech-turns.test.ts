import { describe, expect, it } from 'vitest';
import { tokenize } from './speech-tokens.ts';
import { clauseTurnBefore } from './speech-turns.ts';

/** The clause end before the verb `verb`, as the text up to it. */
function turnBefore(sentence: string, verb: string): string | null {
  const tokens = tokenize(sentence);
  const end = clauseTurnBefore(
    sentence,
    tokens,
    tokens.findIndex((token) => token.text === verb),
  );
  return end === null ? null : sentence.slice(0, end);
}

describe('clauseTurnBefore', () => {
  it.each<[string, string, string | null]>([
    ['Ana said rents rose, while Ben noted that wages fell.', 'noted', 'Ana said rents rose'],
    ['Ana said rents rose whereas the mayor stated that they fell.', 'stated', 'Ana said rents rose'],
    ['Ana said rents rose, but the union argued that they fell.', 'argued', 'Ana said rents rose'],
    ['Ana said rents rose; and Ben added that wages fell.', 'added', 'Ana said rents rose'],
    ['Ana said the council and its advisers stressed the need.', 'stressed', null],
    ['Ana said rents rose, and noted that wages fell.', 'noted', null],
    ['Ana said that rents rose and prices stated on the tags fell.', 'stated', null],
    ['Ana said the plan that Ben and his staff announced works.', 'announced', null],
  ])('%s (%s)', (sentence, verb, expected) => {
    expect(turnBefore(sentence, verb)).toBe(expected);
  });
});
