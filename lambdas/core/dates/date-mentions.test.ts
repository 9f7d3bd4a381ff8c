import { describe, expect, it } from 'vitest';
import { readCalendarDays } from './date-mentions.ts';

describe('readCalendarDays', () => {
  it.each<[string, Array<[number | null, number, number, string]>]>([
    ['Signed on 7 August 2029 in the hall.', [[2029, 8, 7, '7 August 2029']]],
    ['It opens Sept. 3 at noon.', [[null, 9, 3, 'Sept. 3']]],
    [
      'Held between November 18 and 19, 2029.',
      [
        [2029, 11, 18, 'November 18 and 19, 2029'],
        [2029, 11, 19, 'November 18 and 19, 2029'],
      ],
    ],
    [
      'Runs during March 27-30 downtown.',
      [
        [null, 3, 27, 'March 27-30'],
        [null, 3, 30, 'March 27-30'],
      ],
    ],
    ['Training runs from 8 June at the centre.', [[null, 6, 8, '8 June']]],
    [
      'Open from 8 to 10 June in the park.',
      [
        [null, 6, 8, '8 to 10 June'],
        [null, 6, 10, '8 to 10 June'],
      ],
    ],
    [
      'The fair runs from October 2 to October 5, 2031.',
      [
        [2031, 10, 2, 'October 2 to October 5, 2031'],
        [2031, 10, 5, 'October 2 to October 5, 2031'],
      ],
    ],
    [
      'The grant runs from May 1 until April 30, 2031.',
      [
        [null, 5, 1, 'May 1 until April 30, 2031'],
        [2031, 4, 30, 'May 1 until April 30, 2031'],
      ],
    ],
    ['In December 2028 the law passed.', []],
    ['Open 24/7, rated 4/5.', []],
    ['They may 5 times apply.', []],
  ])('%s', (text, expected) => {
    const days = readCalendarDays(text);
    expect(days.map((day) => [day.year, day.month, day.day, day.text])).toEqual(expected);
    for (const day of days) expect(text.slice(day.start, day.end)).toBe(day.text);
  });
});
