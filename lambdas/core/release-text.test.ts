import { describe, expect, it } from 'vitest';
import { prepareText } from './release-text.ts';

const sentencesOf = (text: string) => prepareText(text).sentences.map((s) => s.text);

describe('prepareText', () => {
  it('normalizes line endings, a BOM and non-breaking spaces without touching quotation marks', () => {
    const release = prepareText('\uFEFFOne\u00A0“two”.\r\n\r\nThree.');
    expect(release.text).toBe('One “two”.\n\nThree.');
    expect(release.paragraphs.map((p) => p.text)).toEqual(['One “two”.', 'Three.']);
  });

  it('gives spans that are slices of the working text', () => {
    const release = prepareText('  First line.  Second one!\n\n\n  Third?  ');
    for (const span of [...release.paragraphs, ...release.sentences]) {
      expect(release.text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(release.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it.each([
    ['Prices rose. Sales fell.', ['Prices rose.', 'Sales fell.']],
    ['Dr. Ama Owusu spoke first. Then Mr. Lee.', ['Dr. Ama Owusu spoke first.', 'Then Mr. Lee.']],
    ['Guests met John F. Kennedy Jr. at noon.', ['Guests met John F. Kennedy Jr. at noon.']],
    ['It opened at 9 a.m. Tuesday.', ['It opened at 9 a.m. Tuesday.']],
    [
      '"We are ready. We start now," she said. Work began.',
      ['"We are ready. We start now," she said.', 'Work began.'],
    ],
    ['“Ready. Set.” The race began.', ['“Ready. Set.”', 'The race began.']],
    [
      'The fund (worth $5 m. Mostly grants) grew. It helps.',
      ['The fund (worth $5 m. Mostly grants) grew.', 'It helps.'],
    ],
    ['Version 2.5 ships today. It is free.', ['Version 2.5 ships today.', 'It is free.']],
    ['« We are ready, » she said. « We start now. »', ['« We are ready, » she said.', '« We start now. »']],
    ['Sales rose. «Prices fell.»', ['Sales rose.', '«Prices fell.»']],
    [
      '„We are ready,“ said Ari Pelt. „The crews start now. The ships follow.“ Work began.',
      ['„We are ready,“ said Ari Pelt.', '„The crews start now. The ships follow.“', 'Work began.'],
    ],
    [
      'The talk was given by Dr. med. Ana Berli. It ran late.',
      ['The talk was given by Dr. med. Ana Berli.', 'It ran late.'],
    ],
    ['Prof. Dr. rer. nat. Jonas Fehr spoke.', ['Prof. Dr. rer. nat. Jonas Fehr spoke.']],
    ['Staff rotate in the med. Ward A stays shut.', ['Staff rotate in the med.', 'Ward A stays shut.']],
    ['He paid 5 p. « and » is a word.', ['He paid 5 p. « and » is a word.']],
  ])('splits %j into sentences', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('ends sentences again long after a quotation mark that is never closed', () => {
    const longQuote = `"${'We build roads and bridges for the region. '.repeat(20)}`;
    const sentences = sentencesOf(`${longQuote}Then they left. Everyone cheered.`);
    expect(sentences.length).toBeGreaterThan(2);
    expect(sentences.at(-1)).toBe('Everyone cheered.');
  });
});
