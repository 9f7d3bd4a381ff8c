import { describe, expect, it } from 'vitest';
import { relativeYearAfter } from './date-relative-year.ts';

describe('relativeYearAfter', () => {
  it.each<[string, string, number | null]>([
    ['signed on February 12 last year', 'February 12', -1],
    ['resumes on 3 March next year', '3 March', 1],
    ['opened on May 2, the previous year', 'May 2', -1],
    ['opens on March 3 this year', 'March 3', 0],
    ['opens on March 3 in Oslo', 'March 3', null],
    ['opens on March 3; last year it opened in June', 'March 3', null],
  ])('%s', (text, day, expected) => {
    expect(relativeYearAfter(text, text.indexOf(day) + day.length)).toBe(expected);
  });
});
