import { describe, expect, it } from 'vitest';
import { tokenize } from './speech-tokens.ts';
import { matchSpeechVerb, type SpeechFrame } from './speech-verbs.ts';

function verbAt(
  sentence: string,
  word: string,
): { frame: SpeechFrame; participle: boolean; length: number } | null {
  const tokens = tokenize(sentence);
  const index = tokens.findIndex((token) => token.text === word);
  const verb = matchSpeechVerb(tokens, index);
  return verb === null ? null : { frame: verb.frame, participle: verb.participle, length: verb.length };
}

describe('matchSpeechVerb', () => {
  it.each<[string, string, ReturnType<typeof verbAt>]>([
    ['The chair said it.', 'said', { frame: 'say', participle: false, length: 1 }],
    ['She emphasised the point.', 'emphasised', { frame: 'state', participle: false, length: 1 }],
    ['He pointed out the flaw.', 'pointed', { frame: 'state', participle: false, length: 2 }],
    ['They called for calm.', 'called', { frame: 'call-for', participle: false, length: 2 }],
    ['They called on donors to act.', 'called', { frame: 'urge', participle: false, length: 2 }],
    ['She appealed to voters to act.', 'appealed', { frame: 'urge', participle: false, length: 2 }],
    ['what he called a revolution', 'called', { frame: 'name', participle: false, length: 1 }],
    ['He left, adding that it was late.', 'adding', { frame: 'attribute', participle: true, length: 1 }],
    ['She told reporters that it works.', 'told', { frame: 'tell', participle: false, length: 1 }],
    ['He expressed hope.', 'expressed', { frame: 'express', participle: false, length: 1 }],
    ['She underscored the point.', 'underscored', { frame: 'state', participle: false, length: 1 }],
    ['He reaffirmed that it works.', 'reaffirmed', { frame: 'attribute', participle: false, length: 1 }],
    ['He assured them that it works.', 'assured', { frame: 'tell', participle: false, length: 1 }],
    ['She voiced concern.', 'voiced', { frame: 'express', participle: false, length: 1 }],
    ['Highlights of the day.', 'Highlights', null],
    ['He pointed at the map.', 'pointed', null],
    ['The cats sat.', 'sat', null],
    ['Envoys of state ministries came.', 'state', null],
    ['She met the noted sculptor.', 'noted', null],
    ['Officials state that it works.', 'state', { frame: 'attribute', participle: false, length: 1 }],
    ['Officials stated it works.', 'stated', { frame: 'say', participle: false, length: 1 }],
    ['He closed by saying that it works.', 'saying', { frame: 'say', participle: true, length: 1 }],
  ])('%s → %s', (sentence, word, expected) => {
    expect(verbAt(sentence, word)).toEqual(expected);
  });
});
