import { describe, expect, it } from 'vitest';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';
import { extractDates, extractPublishedDate } from './dates.ts';

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
    [
      'a wire dateline after a photo caption',
      'Photo caption: The guild master (right) hands the charter to the youngest member of the hall.\n\nLIMA, Peru, April 9, 2031 /WireCo/ -- The guild met in the hall.',
      '2031-04-09',
    ],
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
    ['a dotted header, read day first', 'Valmera, 09.04.2031\n\nThe guild met in the hall.', '2031-04-09'],
    ['an ISO date and time', '2031-04-09T08:30:00Z\n\nThe guild met in the hall.', '2031-04-09'],
    [
      'a slashed header in a release that writes the day first',
      '09/04/2031\n\nThe guild met on 8 April and meets again on 2 May.',
      '2031-04-09',
    ],
    [
      'a slashed header in a release that writes the month first',
      '09/04/2031\n\nThe guild met on April 8 and meets again on May 2.',
      '2031-09-04',
    ],
  ])('%s', (_name, text, expected) => {
    expect(extractPublishedDate(prepareText(text))).toBe(expected);
  });
});

const BODY = 'The river council approved the new footbridge after a long debate, the chair said on Monday.';

describe('extractPublishedDate in a header block', () => {
  it.each([
    [
      'a release label, then a date line',
      `FOR IMMEDIATE RELEASE\nTuesday, 3 March 2026\n\n${BODY}`,
      '2026-03-03',
    ],
    [
      'a news release label a paragraph above',
      `NEWS RELEASE\n\nThursday, 12 November 2026\n\n${BODY}`,
      '2026-11-12',
    ],
    ['a media advisory label, month first', `MEDIA ADVISORY\nFriday, June 5, 2026\n\n${BODY}`, '2026-06-05'],
    [
      'a label and a date on one line',
      `FOR IMMEDIATE RELEASE Tuesday, 3 March 2026\n\n${BODY}`,
      '2026-03-03',
    ],
    ['an embargo with a time', `EMBARGOED UNTIL 00:01 GMT, Tuesday 3 March 2026\n\n${BODY}`, '2026-03-03'],
    ['an embargo in lower case', `Embargoed until 10:00 a.m. EST on March 3, 2026\n\n${BODY}`, '2026-03-03'],
    ['a label, a bar and a date', `SITUATION UPDATE | 22 January 2026\n\n${BODY}`, '2026-01-22'],
    ['a label, an en dash and a date', `Flood Bulletin – 4 August 2026\n\n${BODY}`, '2026-08-04'],
    ['a label, a hyphen and a date', `STATEMENT - 9 May 2026\n\n${BODY}`, '2026-05-09'],
    ['a label, a colon and a date', `Press note: 9 May 2026\n\n${BODY}`, '2026-05-09'],
    [
      'a date then a place after bars',
      `Press Release | 12 February 2026 | Riverton\n\n${BODY}`,
      '2026-02-12',
    ],
    [
      'Markdown bold after a Markdown headline',
      `# River council approves a footbridge\n\n**Press Release | 12 February 2026 | Riverton**\n\n${BODY}`,
      '2026-02-12',
    ],
    ['Markdown italics', `_Media Release — 5 April 2026_\n\n${BODY}`, '2026-04-05'],
    [
      'a bold dateline opening the first paragraph',
      '# Headline\n\n**LAGOS, 3 March 2025** — The firm launched a kettle that boils water in minutes.',
      '2025-03-03',
    ],
    [
      'a place, a weekday and a date',
      `Abuja, Wednesday 14 October 2026\n\nA headline\n\n${BODY}`,
      '2026-10-14',
    ],
    ['a place of several words', `Port of Spain, Friday 9 January 2026\n\n${BODY}`, '2026-01-09'],
    [
      'a city and a month-first date alone',
      `Riverton, January 15, 2026\n\nA headline\n\n${BODY}`,
      '2026-01-15',
    ],
    ['a date line in capitals', `WEDNESDAY, 14 OCTOBER 2026\n\n${BODY}`, '2026-10-14'],
    [
      'a wire dateline after a headline and a subheadline',
      'Lowfield opens a data centre\n\nThe site will serve three counties\n\nMILTON KEYNES, May 4, 2026 /WireCo/ -- Lowfield Ltd opened a data centre.',
      '2026-05-04',
    ],
    [
      'an agency dateline with dashes',
      'TARANTO (Agenzia Mare) - 18 June 2026 - The port authority opened a new quay for ferries.',
      '2026-06-18',
    ],
    [
      'a headline and a subheadline before the date line',
      `River council approves footbridge\nVote passes nine to two\nFriday, 6 March 2026\n\n${BODY}`,
      '2026-03-06',
    ],
    [
      'a published date before an updated one',
      `Published: 3 March 2026 | Updated: 5 March 2026\n\n${BODY}`,
      '2026-03-03',
    ],
    [
      'an updated date after a published one',
      `Updated 5 March 2026 | Published 3 March 2026\n\n${BODY}`,
      '2026-03-03',
    ],
    [
      'an updated line, then a dateline',
      'Updated: 5 March 2026\n\nLAGOS, 3 March 2026 — The council approved the footbridge.',
      '2026-03-03',
    ],
    [
      'a future event in the headline, then a dateline',
      'Riverton to host design week on 3 March 2026\n\nRIVERTON, 12 January 2026 — The city named its design week jury.',
      '2026-01-12',
    ],
    [
      'a yearless dateline with the year in the header block',
      'FOR IMMEDIATE RELEASE\n2026\n\nLAGOS, March 3 (Agency) -- The council met.',
      '2026-03-03',
    ],
  ])('%s', (_name, text, expected) => {
    expect(extractPublishedDate(prepareText(text))).toBe(expected);
  });

  it.each([
    [
      'an event date in the first paragraph',
      'A headline\n\nThe biennial will be held on 3 March 2026 at the fairground, the city announced today.',
    ],
    ['a future event in a headline', `Riverton to host design week on 3 March 2026\n\n${BODY}`],
    ['a future event in a title-case headline', `Harbour Festival Returns March 3, 2026\n\n${BODY}`],
    ['an event name and its date', `Harbour Festival: 3 March 2026\n\n${BODY}`],
    [
      'the "When:" line of a media advisory',
      `MEDIA ADVISORY\nWhat: Opening of the footbridge\nWhen: Friday, 6 March 2026, 10:00\nWhere: Riverton quay\n\n${BODY}`,
    ],
    ['a date range in a header line', `Design Week | 3-5 March 2026\n\n${BODY}`],
    ['a place and a date range', `Riverton, 3-5 March 2026\n\n${BODY}`],
    ['an updated date alone', `Updated: 5 March 2026\n\n${BODY}`],
    ['a programme entry', `Programme\n- 3 March 2026: opening\n\n${BODY}`],
    ['a date line after the first paragraph', `${BODY}\n\nTuesday, 3 March 2026`],
    [
      'a date inside the first sentence',
      `A headline\n\nThe council met on Saturday, May 16, 2026, at the town hall.`,
    ],
    ['a yearless date line', `FOR IMMEDIATE RELEASE\nTuesday, 3 March\n\n${BODY}`],
    ['a date followed by a lower-case run-on', `3 March 2026 will be remembered\n\n${BODY}`],
  ])('%s: none', (_name, text) => {
    expect(extractPublishedDate(prepareText(text))).toBeNull();
  });
});

describe('extractDates', () => {
  it.each<[string, string, string | null, string[]]>([
    ['a full date', 'The plant opened on March 3, 2029.', null, ['2029-03-03']],
    ['a day-first date', 'The plant opened on 3 March 2029.', null, ['2029-03-03']],
    [
      'slashed dates in a release that writes the day first',
      'The plant opened on 03/04/2029 and closed on 12 May 2029.',
      null,
      ['2029-04-03', '2029-05-12'],
    ],
    ['dotted dates', 'The plant opened on 03.04.2029.', null, ['2029-04-03']],
    [
      'an ordinal day without year takes the anchor year',
      'It opened on March 3rd.',
      '2030-05-01',
      ['2030-03-03'],
    ],
    ['a day without year and no anchor', 'It opened on March 3.', null, []],
    ['a "5th of March" form', 'It opened on the 5th of March.', '2030-05-01', ['2030-03-05']],
    [
      'a day followed by "last year"',
      'The dam, opened on March 3 last year, floods in spring.',
      '2030-05-01',
      ['2029-03-03'],
    ],
    ['a day followed by "next year"', 'Works resume on 9 June next year.', '2030-05-01', ['2031-06-09']],
    [
      'a day before a year in another phrase',
      'Works resume on 9 June and end by 2033.',
      '2030-05-01',
      ['2030-06-09'],
    ],
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
    // 2025-06-18 is a Wednesday.
    [
      'a weekday before a past verb points back',
      'The council on Tuesday approved the levy after a session that overran its scheduled end.',
      '2025-06-18',
      ['2025-06-17'],
    ],
    [
      'weekdays after "would" point forward',
      'Inspectors would visit the mills on Thursday and Friday.',
      '2025-06-18',
      ['2025-06-19', '2025-06-20'],
    ],
    ['a present-tense weekday points forward', 'The ward reopens on Monday.', '2025-06-18', ['2025-06-23']],
    [
      'a subject named like a verb leaves the past verb its tense',
      'Corrigate opened a depot on Monday.',
      '2025-06-18',
      ['2025-06-16'],
    ],
    [
      'a past weekday may be the anchor day',
      'The ferry ran on Wednesday for once.',
      '2025-06-18',
      ['2025-06-18'],
    ],
    [
      'a coming weekday may be the anchor day',
      'The ferry runs again from Wednesday.',
      '2025-06-18',
      ['2025-06-18'],
    ],
    [
      'each weekday takes its own verb',
      'The survey, held on Monday, showed crews will start on Friday and move south from next Monday.',
      '2025-06-18',
      ['2025-06-16', '2025-06-20', '2025-06-23'],
    ],
    [
      'a gerund takes the tense of the verb after it',
      'Speaking on Monday, the governor said the dam was safe.',
      '2025-06-18',
      ['2025-06-16'],
    ],
    [
      'a colon in a title does not hide the verb',
      'The hall will show *Tide: Songs of the Delta* on Saturday, with 60 prints made by hand.',
      '2025-06-18',
      ['2025-06-21'],
    ],
    [
      'a speech verb before the weekday',
      'He said on Tuesday that the plant would close.',
      '2025-06-18',
      ['2025-06-17'],
    ],
    [
      'a participle modifying a noun is no verb',
      'Ferry line restored; the first scheduled crossing on Friday.',
      '2025-06-18',
      ['2025-06-20'],
    ],
    [
      '"drew" is a past verb, not a name',
      'The kite show drew 800 onlookers on Saturday.',
      '2025-06-18',
      ['2025-06-14'],
    ],
    [
      'a plural possessive is no verb',
      "Forty pupils ran in the juniors' sprint on Sunday.",
      '2025-06-18',
      ['2025-06-15'],
    ],
    [
      'a list item takes the tense of its lead-in',
      "The fair programme includes:\n\n- a seed swap, hosted by the growers' guild;\n- a cider tasting on Friday.",
      '2025-06-18',
      ['2025-06-20'],
    ],
    [
      'a past lead-in sends the item back',
      'Highlights of the week were:\n\n- a lantern parade on Monday;\n- a quiz night.',
      '2025-06-18',
      ['2025-06-16'],
    ],
    ['"next Thursday" is after the anchor', 'The board meets next Thursday.', '2025-06-19', ['2025-06-26']],
    ['"last Thursday" is before the anchor', 'The board met last Thursday.', '2025-06-19', ['2025-06-12']],
    ['a weekday without an anchor', 'The board met on Tuesday.', null, []],
    ['plural weekdays repeat', 'The shop opens on Mondays.', '2025-06-19', []],
    ['"every" weekday repeats', 'Workshops run every Sunday in the courtyard.', '2025-06-19', []],
    ['"each" weekday repeats', 'The market opens each Friday.', '2025-06-19', []],
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
