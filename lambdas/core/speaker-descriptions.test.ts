import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

const speakersOf = (text: string) => extract(text).quotes.map((quote) => [quote.speaker, quote.text]);

const OPENING =
  'Health Minister Grace Nyambura opened the centre on Monday. Professor Lars Eklund said the centre had taken four years to build.';

describe('"the <lower-case title>" opening a sentence names the person with that title', () => {
  it.each([
    [
      'a qualified title before a coordinated speech verb',
      `${OPENING} The health minister praised the builders and said that the centre would open in May.`,
      ['Grace Nyambura', 'the centre would open in May'],
    ],
    [
      'a pronoun after the described speaker points back to her',
      `${OPENING} The minister praised the builders and said that the centre would open in May. She urged donors to give more.`,
      ['Grace Nyambura', 'donors to give more'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });

  it('a title nobody holds resolves to nobody', () => {
    const text = `${OPENING} The mayor praised the builders and said that the centre would open in May.`;
    const speakers = speakersOf(text).map(([speaker]) => speaker);
    expect(speakers).not.toContain('Grace Nyambura');
  });
});
