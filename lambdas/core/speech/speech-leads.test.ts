import { describe, expect, it } from 'vitest';
import { speechLeadStart } from './speech-leads.ts';
import { tokenize } from './speech-tokens.ts';

/** The words before the lead of the speech verb `verb`, or null when it has none. */
function subjectBeforeLead(sentence: string, verb: string): string | null {
  const tokens = tokenize(sentence);
  const start = speechLeadStart(
    tokens,
    tokens.findIndex((token) => token.text === verb),
  );
  return start === null ? null : sentence.slice(0, start).trim();
}

describe('speechLeadStart', () => {
  it.each<[string, string, string | null]>([
    ['Ana Ruiz was quoted as saying that it works.', 'saying', 'Ana Ruiz'],
    ['Ana Ruiz has been quoted as saying it works.', 'saying', 'Ana Ruiz'],
    ['Ana Ruiz went on to say that it works.', 'say', 'Ana Ruiz'],
    ['The mayor proceeded to explain the plan.', 'explain', 'The mayor'],
    ['Ana Ruiz opened the debate by noting that it works.', 'noting', 'Ana Ruiz'],
    ["Ana Ruiz closed the fair's second day by stressing that it works.", 'stressing', 'Ana Ruiz'],
    ['Ana Ruiz won the vote by saying that it works.', 'saying', null],
    ['Ana Ruiz opened the Tarvel Hall by saying that it works.', 'saying', null],
    ['Ana Ruiz left, saying that it works.', 'saying', null],
    ['Ana Ruiz wants to say thanks.', 'say', null],
    ['The text, quoted as saying it works, was false.', 'saying', null],
  ])('%s (%s)', (sentence, verb, expected) => {
    expect(subjectBeforeLead(sentence, verb)).toBe(expected);
  });
});
