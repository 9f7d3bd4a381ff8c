import { describe, expect, it } from 'vitest';
import { prepareText } from '../release-text.ts';
import { quotesNamed, reported } from '../speech/speech-reported.test-support.ts';
import { insideBrackets } from './quote-brackets.ts';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.ts';

function firstQuote(text: string): QuotedSpan {
  const [span] = findQuotedSpans(prepareText(text));
  if (span === undefined) throw new Error(`no quotation in ${text}`);
  return span;
}

describe('insideBrackets', () => {
  it.each<[string, string, boolean]>([
    ['a short form defined after a name', 'Quarrow Foods plc (“Quarrow”) said sales rose.', true],
    ['one of two short forms', 'Quarrow Foods plc (“Quarrow” or “the group”) said sales rose.', true],
    ['a quotation outside brackets', '“Sales rose,” said the chair of Quarrow Foods plc (London).', false],
    ['brackets that close before the quotation', 'Quarrow (London) said “sales rose”.', false],
  ])('%s', (_name, text, expected) => {
    expect(insideBrackets(prepareText(text).text, firstQuote(text))).toBe(expected);
  });
});

describe('a company that defines its short form in quotes, then speaks', () => {
  it.each<[string, string, ReturnType<typeof reported>[]]>([
    [
      'the defined short form does not end the subject',
      'Quarrow Foods plc (“Quarrow” or “the group”) today announced that it has opened a bakery in Lisvane.',
      [reported('Quarrow Foods plc', 'it has opened a bakery in Lisvane')],
    ],
    [
      'a short form and a long appositive before the verb',
      'Quarrow Foods plc ("Quarrow"), the family-owned maker of oat biscuits based in Lisvane, today announced that it has agreed to buy Tamsin Mills Ltd.',
      [reported('Quarrow Foods plc', 'it has agreed to buy Tamsin Mills Ltd')],
    ],
    [
      'an unnamed subject with a defined short form is still no speaker',
      'A new fund (“Oat Rise”) announced that grants for growers will double.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesNamed(text, [], ['Quarrow Foods plc', 'Tamsin Mills Ltd'])).toEqual(expected);
  });
});
