import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { indexVerbs } from '../nlp/speech-clauses.ts';
import { parseRelease } from '../nlp/world.ts';
import { mainVerbAfterRelative, reportsForCommonNoun, reportsInsideRelative } from './speech-relatives.ts';
import { tokenize } from './speech-tokens.ts';

function verbAfterRelative(sentence: string): boolean {
  const tokens = tokenize(sentence);
  const relative = tokens.findIndex((token) => ['who', 'that', 'which', 'whose'].includes(token.lower));
  return mainVerbAfterRelative(sentence, tokens, relative, indexVerbs(parseRelease(sentence), sentence));
}

describe('mainVerbAfterRelative', () => {
  it.each<[string, boolean]>([
    ['He said growers who export to Asia had lobbied for the port.', true],
    ['He said tenants that live by the canal would be moved.', true],
    ['He said pupils whose schools closed will sit the exam in June.', true],
    ['He said goodbye to the crew that built the ferry.', false],
    ['He said goodbye to the crew that built the ferry and sailed it home.', false],
    ['He said a word for the nurses who helped, thanking them all.', false],
    ['He said a prayer for the miners who died in the shaft last year.', false],
  ])('%s', (sentence, expected) => {
    expect(verbAfterRelative(sentence)).toBe(expected);
  });
});

describe('reportsInsideRelative', () => {
  it.each<[string, boolean]>([
    ['The fair, which Tomasz Wren said drew 4,000 people, closed on Sunday.', true],
    ['The figure, which the harbour board said was a record, came out on Monday.', true],
    ['The hall, which she says seats 900, opened in May.', true],
    ['The report, which said exports had grown, was published.', false],
    ['Tomasz Wren said the fair drew 4,000 people.', false],
    ['The fair, which opened on Friday, closed after Tomasz Wren said goodbye.', false],
  ])('%s', (sentence, expected) => {
    const tokens = tokenize(sentence);
    const verb = tokens.findIndex((token) => ['said', 'says'].includes(token.lower));
    expect(reportsInsideRelative(sentence, tokens, verb)).toBe(expected);
  });

  it('a speech verb inside an object relative clause gives no quote', () => {
    const text =
      'Mayor Tomasz Wren opened the fair. The fair, which Wren said drew 4,000 people, closed on Sunday.';
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('reportsForCommonNoun', () => {
  it.each<[string, string, boolean]>([
    ['Ilse Varga thanked the teachers who urged pupils to enrol.', 'urged', true],
    ['Ilse Varga praised the clubs that encouraged girls to play.', 'encouraged', true],
    ['Ilse Varga, who urged pupils to enrol, spoke last.', 'urged', false],
    ['The mayor met Ilse Varga who urged pupils to enrol.', 'urged', false],
    ['Ilse Varga urged pupils to enrol.', 'urged', false],
  ])('%s', (sentence, word, expected) => {
    const tokens = tokenize(sentence);
    expect(
      reportsForCommonNoun(
        sentence,
        tokens,
        tokens.findIndex((t) => t.text === word),
      ),
    ).toBe(expected);
  });

  it("a speech verb of a common noun's relative clause gives its subject no quote", () => {
    const text = 'Ilse Varga thanked the teachers who urged pupils to enrol, and called for more libraries.';
    expect(extract(text).quotes).toEqual([
      { speaker: 'Ilse Varga', text: 'more libraries', type: 'indirect' },
    ]);
  });
});
