import { describe, expect, it } from 'vitest';
import { extractDates, extractPublishedDate } from './dates.ts';
import { parseRelease } from './nlp/world.ts';
import { prepareText } from './release-text.ts';

function datesOf(text: string, anchor: string | null): string[] {
  const release = prepareText(text);
  return extractDates(release, parseRelease(release.text), anchor).map((mention) => mention.date);
}

describe('extractPublishedDate', () => {
  it.each([
    ['a labelled header line', 'date 2031-04-09\n\nThe guild met in the hall.', '2031-04-09'],
    [
      'a header running into the first paragraph',
      ' date 2031-04-09 Ferro Guild and its partners met.',
      '2031-04-09',
    ],
    ['a month-first header line', 'April 9, 2031\n\nThe guild met in the hall.', '2031-04-09'],
    ['a day-first header line', '9 April 2031\n\nThe guild met in the hall.', '2031-04-09'],
    ['an abbreviated month', '9 Apr 2031\n\nThe guild met in the hall.', '2031-04-09'],
    ['an ISO date alone', '2031-04-09\n\nThe guild met in the hall.', '2031-04-09'],
    ['a "Published:" label', 'Published: April 9, 2031\n\nThe guild met.', '2031-04-09'],
    ['a byline before the header', 'By Staff Writer\n\nApril 9, 2031\n\nThe guild met.', '2031-04-09'],
    ['a wire dateline', 'LIMA, Peru, April 9, 2031 /WireCo/ -- The guild met in the hall.', '2031-04-09'],
    [
      'a dateline with weekday and time',
      'Oslo, NO (Wire.io) Tuesday Apr 8, 2031 @ 9:00 AM UTC — The guild met.',
      '2031-04-08',
    ],
    ['a wire name before the date', '(WireCo) - April 9, 2031 - OSLO — The guild met.', '2031-04-09'],
    ['a city and state dash dateline', 'DENVER, CO - April 9, 2031 (WIRECO) - The guild met.', '2031-04-09'],
    ['a dateline without a year', 'LIMA, April 9 (Agency) -- The guild met in the hall.', null],
    [
      'a dateline whose year comes from a header line',
      '2031\n\nLIMA, April 9 (Agency) -- The guild met.',
      '2031-04-09',
    ],
    ['a date opening a body sentence', 'On April 9, 2031, the guild met in the hall.', null],
    ['a date starting a plain sentence', 'April 9, 2031 marks ten years of the guild.', null],
    ['no date at all', 'The guild met in the hall and agreed a plan.', null],
    ['a month and year only', 'April 2031\n\nThe guild met in the hall.', null],
  ])('%s', (_name, text, expected) => {
    expect(extractPublishedDate(prepareText(text))).toBe(expected);
  });
});

describe('extractDates', () => {
  it.each<[string, string, string | null, string[]]>([
    ['a full date', 'The plant opened on March 3, 2029.', null, ['2029-03-03']],
    ['a day-first date', 'The plant opened on 3 March 2029.', null, ['2029-03-03']],
    [
      'an ordinal day without year takes the anchor year',
      'It opened on March 3rd.',
      '2030-05-01',
      ['2030-03-03'],
    ],
    ['a day without year and no anchor', 'It opened on March 3.', null, []],
    ['a "5th of March" form', 'It opened on the 5th of March.', '2030-05-01', ['2030-03-05']],
    ['an abbreviated month with a period', 'It opened Sept. 3.', '2030-05-01', ['2030-09-03']],
    ['duplicates listed once', 'It opened March 3, 2029. Since March 3, 2029 it runs.', null, ['2029-03-03']],
    ['a hyphen range names both ends', 'The fair runs June 18-20, 2029.', null, ['2029-06-18', '2029-06-20']],
    ['a spaced dash range', 'The fair runs June 18 – 20, 2029.', null, ['2029-06-18', '2029-06-20']],
    [
      'a "between ... and" range',
      'It was held between November 18 and 19, 2029 in the hall.',
      null,
      ['2029-11-18', '2029-11-19'],
    ],
    [
      'a day-first "and" range',
      'It was held between 18 and 19 November 2029.',
      null,
      ['2029-11-18', '2029-11-19'],
    ],
    [
      'a "from ... to" day-first range',
      'The fair runs from 3 to 5 March.',
      '2029-01-10',
      ['2029-03-03', '2029-03-05'],
    ],
    ['a range across months', 'It runs from June 30 to July 2.', '2029-01-10', ['2029-06-30', '2029-07-02']],
    [
      'two dates joined by "and"',
      'Talks are set for January 31 and February 1.',
      '2029-01-10',
      ['2029-01-31', '2029-02-01'],
    ],
    ['a numeric date with four-digit year', 'Filed on 2029-03-04 at noon.', null, ['2029-03-04']],
    ['month only', 'The law passed in December 2028.', '2029-01-10', []],
    ['year only', 'The race was first held in 1996.', '2029-01-10', []],
    ['a race time', 'She finished in 2:09:01 to win.', '2029-01-10', []],
    ['a clock time', 'Gates open at 7 am and close at 1 pm.', '2029-01-10', []],
    ['a score', 'The home side won 3-1 after extra time.', '2029-01-10', []],
    ['a fraction and a slogan', 'Three in 4/5 homes, service 24/7.', '2029-01-10', []],
    ['a version number', 'Version 2.10.3 was released with fixes.', '2029-01-10', []],
    ['money', 'Each winner took $45,000 home.', '2029-01-10', []],
    ['the modal verb "may"', 'Visitors may 5 times enter the hall.', '2029-01-10', []],
    ['a duration', 'The expo will run for four days.', '2029-01-10', []],
    ['"last week" is not one day', 'The team returned last week.', '2029-01-10', []],
    ['"today" with an anchor', 'Delegates arrived today.', '2029-08-06', ['2029-08-06']],
    ['"tomorrow" with an anchor', 'The signing is tomorrow.', '2029-08-06', ['2029-08-07']],
    ['"yesterday" with an anchor', 'The board met yesterday.', '2029-08-06', ['2029-08-05']],
    ['"last night" with an anchor', 'The gala opened last night.', '2029-08-06', ['2029-08-05']],
    ['"today" without an anchor', 'Delegates arrived today.', null, []],
    ['a past-tense weekday points back', 'The board met on Tuesday.', '2025-06-19', ['2025-06-17']],
    [
      'a future-tense weekday points forward',
      'The board will meet on Tuesday.',
      '2025-06-19',
      ['2025-06-24'],
    ],
    ['"next Thursday" is after the anchor', 'The board meets next Thursday.', '2025-06-19', ['2025-06-26']],
    ['"last Thursday" is before the anchor', 'The board met last Thursday.', '2025-06-19', ['2025-06-12']],
    ['a weekday without an anchor', 'The board met on Tuesday.', null, []],
    ['plural weekdays repeat', 'The shop opens on Mondays.', '2025-06-19', []],
    ['a named day', 'Stores expect crowds on Black Friday.', '2025-06-19', []],
    ['a weekday inside a title', 'He collapsed during Monday Night Football last year.', '2025-06-19', []],
    [
      'a weekday in a full date adds nothing',
      'It opened Sunday, June 1, 2025.',
      '2025-06-19',
      ['2025-06-01'],
    ],
    [
      'the publication date comes first',
      'date 2031-04-09\n\nIt closes on April 12.',
      '2031-04-09',
      ['2031-04-09', '2031-04-12'],
    ],
  ])('%s', (_name, text, anchor, expected) => {
    expect(datesOf(text, anchor)).toEqual(expected);
  });

  it('keeps the words that name each date', () => {
    const release = prepareText('The fair opened on June 18 and closes tomorrow.');
    expect(extractDates(release, parseRelease(release.text), '2029-06-18')).toEqual([
      { text: 'June 18', date: '2029-06-18' },
      { text: 'tomorrow', date: '2029-06-19' },
    ]);
  });
});
