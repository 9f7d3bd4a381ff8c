import { describe, expect, it } from 'vitest';
import { indexVerbs } from './nlp/speech-clauses.ts';
import { parseRelease } from './nlp/world.ts';
import { mainVerbAfterRelative } from './speech-relatives.ts';
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
