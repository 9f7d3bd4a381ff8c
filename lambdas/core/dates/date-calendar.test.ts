import { describe, expect, it } from 'vitest';
import { addDays, formatIsoDate, parseIsoDate, weekdayOf } from './date-calendar.ts';

describe('calendar helpers', () => {
  it.each([
    [{ year: 2024, month: 2, day: 29 }, '2024-02-29'],
    [{ year: 2025, month: 2, day: 29 }, null],
    [{ year: 2025, month: 4, day: 31 }, null],
    [{ year: 2025, month: 13, day: 1 }, null],
    [{ year: 2025, month: 1, day: 5 }, '2025-01-05'],
  ])('formats %j as %s', (day, expected) => {
    expect(formatIsoDate(day)).toBe(expected);
  });

  it.each([
    ['2025-06-18', { year: 2025, month: 6, day: 18 }],
    ['2025-02-30', null],
    ['June 18', null],
  ])('parses %s', (iso, expected) => {
    expect(parseIsoDate(iso)).toEqual(expected);
  });

  it.each([
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-06-18', -7, '2025-06-11'],
  ])('moves %s by %d days to %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  it.each([
    ['2025-06-18', 3],
    ['2024-07-01', 1],
    ['2019-08-06', 2],
  ])('%s falls on weekday %d', (iso, expected) => {
    expect(weekdayOf(iso)).toBe(expected);
  });
});
