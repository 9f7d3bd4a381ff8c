import { describe, expect, it } from 'vitest';
import { numericDateOrder, readNumericDate } from './date-numeric-order.ts';

describe('numericDateOrder', () => {
  it.each([
    ['dots are a day-first convention', 'Valmera, 04.11.2026\n\nThe centre opens today.', 'day-first'],
    ['dots, then a full stop', 'Date: 4.11.2026.\n\nThe centre opens today.', 'day-first'],
    ['a first number over twelve', 'Issued 23/03/2026 and 04/05/2026.', 'day-first'],
    ['a second number over twelve', 'Issued 03/23/2026 and 04/05/2026.', 'month-first'],
    [
      'spelled dates with the day first',
      'Issued 04/05/2026. Doors open on 14 May and close on 2 June.',
      'day-first',
    ],
    [
      'spelled dates with the month first',
      'Issued 04/05/2026. Doors open on May 14 and close on June 2.',
      'month-first',
    ],
    ['"the 2nd of June"', 'Issued 04/05/2026. The vote is on the 2nd of June.', 'day-first'],
    ['nothing tells: month first', 'Issued 04/05/2026. The vote is next week.', 'month-first'],
  ])('%s', (_case, text, order) => {
    expect(numericDateOrder(text)).toBe(order);
  });

  it('does not read a month and its year ("October 2026") as a month and a day', () => {
    expect(numericDateOrder('Issued 04/05/2026. Work starts in October 2026 and ends on 3 March.')).toBe(
      'day-first',
    );
  });

  it('does not read the verb "may" before a number as a month', () => {
    expect(numericDateOrder('Issued 04/05/2026. Prices may 3 times rise; doors open 14 May.')).toBe(
      'day-first',
    );
  });

  it('ignores numbers that are no dates: versions, times and scores', () => {
    expect(numericDateOrder('Version 13.02.2 ships at 14.30; the score was 3-1. Doors open on May 14.')).toBe(
      'month-first',
    );
  });
});

describe('readNumericDate', () => {
  it.each([
    ['02.10.2025', 'day-first', { month: 10, day: 2 }],
    ['02/10/2025', 'month-first', { month: 2, day: 10 }],
    ['13/02/2025', 'month-first', { month: 2, day: 13 }],
    ['02/13/2025', 'day-first', { month: 2, day: 13 }],
    ['October 2, 2025', 'day-first', null],
    ['2025-10-02', 'day-first', null],
  ] as const)('reads %s %s', (text, order, expected) => {
    expect(readNumericDate(text, order)).toEqual(expected);
  });
});
