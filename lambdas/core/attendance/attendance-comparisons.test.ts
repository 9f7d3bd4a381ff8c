import { describe, expect, it } from 'vitest';
import { comparedCountText } from './attendance-comparisons.ts';

describe('comparedCountText', () => {
  it.each<[string, string, number, number[], string | null]>([
    [
      'The fair drew 9,000 visitors, up from 7,500 last year.',
      '7,500',
      7500,
      [9000],
      'up from 7,500 last year',
    ],
    [
      'Some 4,200 runners took part, compared with 3,900 in 2024.',
      '3,900',
      3900,
      [4200],
      'compared with 3,900 in 2024',
    ],
    ['Turnout fell from 800 to 650 this spring.', '800', 800, [650], 'fell from 800 to 650 this spring'],
    ['The fair drew 9,000 visitors; tickets cost 12 euros, up from 10.', '10', 10, [9000], null],
    ['Patrols found 38 boats, up from 21 the year before.', '21', 21, [], null],
    ['The fair drew 9,000 visitors and 7,500 of them came by train.', '7,500', 7500, [9000], null],
  ])('%s', (sentence, needle, count, earlier, expected) => {
    const start = sentence.indexOf(needle);
    expect(comparedCountText(sentence, start, start + needle.length, count, earlier)).toBe(expected);
  });
});
