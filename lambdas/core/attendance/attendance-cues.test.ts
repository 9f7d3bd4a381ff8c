import { describe, expect, it } from 'vitest';
import {
  attendingBefore,
  attendingVerbAt,
  audienceAtMeeting,
  eventDailyRate,
  fieldBefore,
  notAttendingBefore,
  putsPeopleAtEvent,
  rateAt,
  strictAttendingVerbAt,
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
    ['The 30 tenants| watched the hearing.', true],
    ['Some 90 members| then gathered outside.', true],
    ['About 300 graduates| followed the sessions online.', true],
    ['About 300 hikers| followed the old trail.', false],
    ['About 300 farmers| followed the rules.', false],
  ])('attendingVerbAt %s', (marked, expected) => {
    expect(attendingVerbAt(...at(marked))).toBe(expected);
  });

  it.each([
    ['It was attended by |300', true],
    ['They sang to an audience of |2,000', true],
    ['Turnout reached |15,000', true],
    ['It was signed by |300', false],
    ['Attendance was estimated at |40,000', true],
    ['Turnout at the regatta exceeded |9,000', true],
    ['The budget was estimated at |40,000', false],
  ])('attendingBefore %s', (marked, expected) => {
    expect(attendingBefore(...at(marked))).toBe(expected);
  });

  it.each([
    ['The firm employs |12,000', true],
    ['The flood displaced some |3,000', true],
    ['The college, which has |30,000', true],
    ['The ministry set a target of |3 million', true],
    ['The resort aims to attract |90,000', true],
    ['Medals went to the top |three', true],
    ['We planned for |a million', true],
    ['The hall has room for |500', true],
    ['On the first day, |300', false],
    ['The studio trains more than |60', true],
    ['The club has invited |seven', true],
    ['The studio trained |60', false],
    ['The expo welcomed |30,000', false],
  ])('notAttendingBefore %s', (marked, expected) => {
    expect(notAttendingBefore(...at(marked))).toBe(expected);
  });

  it.each([
    ['The field included |700', true],
    ["This year's line-up comprised |60", true],
    ['The plot included |700', false],
  ])('fieldBefore %s', (marked, expected) => {
    expect(fieldBefore(...at(marked))).toBe(expected);
  });

  it.each([
    ['40 nurses| attended the briefing.', true],
    ['40 nurses| will all be taking part.', true],
    ['40 staff| joined the firm.', false],
    ['120 buyers| later joined a guided tour of the mill.', true],
    ['60 clients| joined the closing session.', true],
    ['80 pensioners| followed the workshops remotely.', true],
    ['2,000 fans| followed the live stream from abroad.', false],
    ['40 staff| later joined the union.', false],
  ])('strictAttendingVerbAt %s', (marked, expected) => {
    expect(strictAttendingVerbAt(...at(marked))).toBe(expected);
  });

  it.each([
    ['5 million tourists| a year', true],
    ['900 riders| per day', true],
    ['2,000 hikers| annually', true],
    ['2,000 hikers| a week ago', true],
    ['2,000 hikers| at the summit', false],
  ])('rateAt %s', (marked, expected) => {
    expect(rateAt(...at(marked))).toBe(expected);
  });

  it.each([
    ['the fair drew 300 buyers', true],
    ['the camp brought together 90 youths', true],
    ['the region has 300 teachers', false],
    ['40 singers had travelled from two islands for the festival', true],
    ['60 riders travelled overnight to compete', true],
    ['90 pupils have signed up for the camp', true],
    ['200 farmers travelled south for the harvest', false],
    ['20 officials travelled for the first time', false],
    ['30 growers travelled to the summit to speak', true],
    ['30 growers travelled to the capital this week', false],
    ['5,000 people walked the route', true],
    ['8,000 tourists visited Tarvia last year', false],
    ['a delegation of six on a visit to Tarvia', false],
    ['600 pupils visited the fair on Friday', true],
    ['300 more graduates followed the talks online from 19 countries', true],
    ['300 graduates followed the advice of their tutors', false],
  ])('putsPeopleAtEvent %s', (clause, expected) => {
    expect(putsPeopleAtEvent(clause)).toBe(expected);
  });

  it.each([
    ['The market drew |6,000 visitors| a day', true],
    ['The fair welcomed |900 guests| each evening', true],
    ['The hall saw on average |300 fans| per night', true],
    ['The museum draws |6,000 visitors| a day', false],
    ['The market drew |6,000 visitors| a year', false],
    ['The line expects |2,000 riders| a day', false],
  ])('eventDailyRate %s', (marked, expected) => {
    const [before, count, after] = marked.split('|') as [string, string, string];
    const text = before + count + after;
    expect(eventDailyRate(text, before.length, before.length + count.length)).toBe(expected);
  });
});

describe('audienceAtMeeting', () => {
  it.each<[string, string, string, boolean]>([
    ['It was presented to 300 employees at a staff meeting.', '300', 'employees', true],
    [
      'The plan was outlined on Monday to 80 nurses of the ward at their weekly briefing.',
      '80',
      'nurses',
      true,
    ],
    ['Awards were presented to 30 students.', '30', 'students', false],
    ['It was presented to 300 employees. A meeting followed.', '300', 'employees', false],
  ])('%s', (sentence, count, noun, expected) => {
    const nounEnd = sentence.indexOf(noun) + noun.length;
    expect(audienceAtMeeting(sentence, sentence.indexOf(count), nounEnd)).toBe(expected);
  });
});
