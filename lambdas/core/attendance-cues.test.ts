import { describe, expect, it } from 'vitest';
import {
  attendingBefore,
  attendingVerbAt,
  notAttendingBefore,
  putsPeopleAtEvent,
} from './attendance-cues.ts';

/** Splits 'before|after' at the bar: the position of the count. */
function at(marked: string): [string, number] {
  return [marked.replace('|', ''), marked.indexOf('|')];
}

describe('attendance cues', () => {
  it.each([
    ['Some 60| will attend.', true],
    ['The 40 principals| all took part.', true],
    ['Thousands| gathered outside.', true],
    ['The 40 principals| voted.', false],
  ])('attendingVerbAt %s', (marked, expected) => {
    expect(attendingVerbAt(...at(marked))).toBe(expected);
  });

  it.each([
    ['It was attended by |300', true],
    ['They sang to an audience of |2,000', true],
    ['Turnout reached |15,000', true],
    ['It was signed by |300', false],
  ])('attendingBefore %s', (marked, expected) => {
    expect(attendingBefore(...at(marked))).toBe(expected);
  });

  it.each([
    ['The firm employs |12,000', true],
    ['The flood displaced some |3,000', true],
    ['The college, which has |30,000', true],
    ['The expo welcomed |30,000', false],
  ])('notAttendingBefore %s', (marked, expected) => {
    expect(notAttendingBefore(...at(marked))).toBe(expected);
  });

  it.each([
    ['the fair drew 300 buyers', true],
    ['the camp brought together 90 youths', true],
    ['the region has 300 teachers', false],
  ])('putsPeopleAtEvent %s', (clause, expected) => {
    expect(putsPeopleAtEvent(clause)).toBe(expected);
  });
});
