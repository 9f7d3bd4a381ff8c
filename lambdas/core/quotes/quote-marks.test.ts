import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../release-text.ts';
import { findQuotedSpans, quotedParts, quotedText } from './quote-marks.ts';

function quotedIn(text: string): string[] {
  return findQuotedSpans(prepareText(text)).map(quotedText);
}

describe('findQuotedSpans', () => {
  it.each<[string, string, string[]]>([
    ['straight double marks', 'He said "go now" and left.', ['go now']],
    ['curly double marks', 'She said “we are ready.”', ['we are ready.']],
    ['guillemets', 'Le slogan «vivre ensemble» reste.', ['vivre ensemble']],
    ['guillemets with French spaces inside', '« We stay together », she said.', ['We stay together']],
    ['guillemets with no-break spaces inside', 'She said «\u00A0we stay\u00A0».', ['we stay']],
    ['a lone guillemet before a space and a dash opens nothing', 'Prices « – » were left blank.', []],
    ['low-high German marks', 'Er sagte „morgen früh“ dazu.', ['morgen früh']],
    ['single curly marks', 'They call it ‘the long walk’ here.', ['the long walk']],
    ['straight single marks', "The theme was 'open doors' this year.", ['open doors']],
    ['a straight opener closed by a curly mark', '"Come early,” she said.', ['Come early']],
    ['a trailing comma inside the marks is dropped', '“We agree,” they said.', ['We agree']],
    ['apostrophes are not marks', "It's the people's choice and Xuemo’s book.", []],
    ['a plural possessive does not open a quote', 'The farmers’ market opened.', []],
    [
      'a single quote nested in a double one stays inside it',
      '"We chose \'Blue Sky\' as the name," she said.',
      ["We chose 'Blue Sky' as the name"],
    ],
    ['two quotes around an attribution', '"First," he said, "second."', ['First', 'second.']],
    ['an empty pair of marks is no quotation', 'The field "" was left blank.', []],
    ['marks around punctuation alone are no quotation', 'Type “ - ” or “?” to skip.', []],
    ['a run of empty pairs before a quote', ' then "real words" here.', ['real words']],
    ['an empty single pair before a quote', 'Use \'\' or "the long name" instead.', ['the long name']],
    ['a stray closing mark opens nothing', 'The theme is Unity.’ Then came lunch.', []],
    [
      'an unclosed quote runs to the paragraph end',
      'She said: "we will stay\n\nNext paragraph.',
      ['we will stay'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotedIn(text)).toEqual(expected);
  });

  it('joins a quote that continues in a paragraph reopening with a mark', () => {
    const spans = findQuotedSpans(prepareText('He said: "One.\n\n"Two.\n\n"Three," he added.'));
    expect(spans.map(quotedText)).toEqual(['One. Two. Three']);
    expect(spans[0]?.firstParagraph).toBe(0);
    expect(spans[0]?.lastParagraph).toBe(2);
  });

  it('pairs 10,000 marks in order without losing any', () => {
    const text = '"a" '.repeat(5000);
    expect(findQuotedSpans(prepareText(text)).length).toBe(5000);
  });

  it('returns pieces that are slices of the working text', () => {
    const release = prepareText('Intro. “Quoted words,” said someone.');
    const [span] = findQuotedSpans(release);
    const piece = span?.pieces[0];
    expect(piece && release.text.slice(piece.start, piece.end)).toBe('Quoted words,');
  });
});

describe('findQuotedSpans on arbitrary text', () => {
  it('returns ordered, non-overlapping spans whose pieces are slices of the text', () => {
    const pieces = ['"', '“', '”', '«', '»', '„', '‘', '’', "'", 'a', ' ', 'Bo', '.', ',', '\n\n', "it's"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const release = prepareText(parts.join(''));
        let previousEnd = -1;
        for (const span of findQuotedSpans(release)) {
          expect(span.openAt).toBeGreaterThan(previousEnd);
          for (const piece of span.pieces)
            expect(release.text.slice(piece.start, piece.end)).toBe(piece.text);
          previousEnd = span.closeAt ?? span.pieces[span.pieces.length - 1]?.end ?? span.openAt;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('quotedParts', () => {
  it.each<[string, string, string[]]>([
    ['one paragraph, trailing comma dropped', '"We start today," she said.', ['We start today']],
    [
      'a quote over two paragraphs is one part per paragraph',
      '"We start today.\n\n"We finish in May," she said.',
      ['We start today.', 'We finish in May'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(findQuotedSpans(prepareText(text)).map(quotedParts)).toEqual([expected]);
  });
});
