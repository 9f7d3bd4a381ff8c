import { describe, expect, it } from 'vitest';
import { looksLikeTitle } from './quote-titles.ts';

describe('looksLikeTitle', () => {
  it.each<[string, string, string, boolean]>([
    ['a theme after "themed"', 'open doors for everyone', 'a week of talks themed ', true],
    ['a theme after "the theme was,"', 'Building Bridges Together', 'The theme was, ', true],
    ['a book title', 'Salt and Stone', 'she wrote the book ', true],
    [
      'a title-case name with small words',
      'Research and Excellence for the Next Decade',
      'the theme is ',
      true,
    ],
    ['a single capitalized term', 'Kelpbread', 'they served ', true],
    ['a title with "by <Name>"', 'The Sayings by Ana Lima', 'the channel aired ', true],
    ['a sentence of speech', 'We will keep building until every home has water.', 'She said: ', false],
    ['speech after "the forum," is not a title cue', 'We need more support', 'he told the forum, ', false],
    [
      'speech after a colon following a kind of thing',
      'Our plan is working well',
      'the report said: ',
      false,
    ],
    [
      'a name after a naming verb and its object',
      "Ilsa's kitchen",
      'the pupils took to calling the new room ',
      true,
    ],
    ['a name after "named" and its object', 'Old Lady of the Fjord', 'they named the ferry ', true],
    [
      'a sentence of speech after "called" and its object',
      'A lifeline. We have waited for it for ten years.',
      'she called the road ',
      false,
    ],
    ['a judgement after "called" and its object', 'a lifeline for the valley', 'she called the road ', false],
    [
      'speech after "called on" and its object',
      'act before the rains come',
      'she called on the council to ',
      false,
    ],
    [
      'speech after a comma that closes the naming clause',
      'we are ready for this',
      'the room they called home, she said, ',
      false,
    ],
    ['a lower-case fragment', 'a lifeline for the islands', 'noted that the bridge is ', false],
  ])('%s', (_name, quoted, before, expected) => {
    expect(looksLikeTitle(quoted, before)).toBe(expected);
  });
});
