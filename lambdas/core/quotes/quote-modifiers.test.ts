import { describe, expect, it } from 'vitest';
import { quotesNamed, reported } from '../speech/speech-reported.test-support.ts';
import { isQuotedModifier } from './quote-modifiers.ts';

/** Whether the first pair of straight quotation marks in `text` holds a term modifying a noun. */
function modifies(text: string): boolean {
  const openAt = text.indexOf('"');
  return isQuotedModifier(text, openAt, text.indexOf('"', openAt + 1));
}

describe('isQuotedModifier', () => {
  it.each<[string, boolean]>([
    ['The fair\'s "zero waste" pledge was kept.', true],
    ['The town kept its "open door" policy for traders.', true],
    ['They ran a "buy local" campaign all summer.', true],
    ['The port’s "green corridor" plan moves ahead.', true],
    ['She called it "a beacon" of hope.', false],
    ['He said the "new normal" is here to stay.', false],
    ['The talks were "frank and useful" and ended early.', false],
    ['Ines Roa said: "We are ready" today.', false],
    ['It praised what Kato called a "quiet strength" rooted in craft.', false],
    ['The plan is "the best we have" said Ines Roa.', false],
  ])('%s', (text, expected) => {
    expect(modifies(text)).toBe(expected);
  });
});

describe('a term in quotation marks inside reported speech', () => {
  it.each([
    [
      'a postposed attribution after a sentence with a term',
      'The market\'s "no plastic bags" rule held at all but two stalls, market manager Ines Roa said.',
      [reported('Ines Roa', 'The market\'s "no plastic bags" rule held at all but two stalls')],
    ],
    [
      'a term inside a that-clause',
      'Ines Roa noted that the "quiet hours" scheme had cut noise complaints.',
      [reported('Ines Roa', 'the "quiet hours" scheme had cut noise complaints')],
    ],
  ])('is no quote of its own: %s', (_phenomenon, text, expected) => {
    expect(quotesNamed(text, ['Ines Roa'])).toEqual(expected);
  });
});
