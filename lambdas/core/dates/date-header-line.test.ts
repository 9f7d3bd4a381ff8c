import { describe, expect, it } from 'vitest';
import { judgeHeaderDate } from './date-header-line.ts';

/** Judges the first occurrence of `date` in `line`. */
function judge(line: string, date: string): string {
  const start = line.indexOf(date);
  if (start < 0) throw new Error(`"${date}" is not in "${line}"`);
  return judgeHeaderDate(line, { start, end: start + date.length, text: date }, 0);
}

describe('judgeHeaderDate', () => {
  it.each([
    ['3 March 2026', '3 March 2026'],
    ['Tuesday, 3 March 2026', 'Tuesday, 3 March 2026'],
    ['Date: 3 March 2026', '3 March 2026'],
    ['Issued on 3 March 2026 by the press office', '3 March 2026'],
    ['FOR IMMEDIATE RELEASE Tuesday, 3 March 2026', 'Tuesday, 3 March 2026'],
    ['EMBARGOED UNTIL 00:01 GMT, 3 March 2026', '00:01 GMT, 3 March 2026'],
    ['SITUATION UPDATE | 22 January 2026', '22 January 2026'],
    ['Press Release | 12 February 2026 | Riverton', '12 February 2026'],
    ['Office of the Mayor | Press Office | 3 March 2026', '3 March 2026'],
    ['Abuja, Wednesday 14 October 2026', 'Wednesday 14 October 2026'],
    ['Rio de Janeiro, 3 March 2026', '3 March 2026'],
    ['SAN JOSE, Calif., March 3, 2026 /WireCo/ -- Acme said', 'March 3, 2026'],
    ['LAGOS (Agency) - 3 March 2026 - The council met', '3 March 2026'],
    ['(Agency) - March 3, 2026 - LAGOS — The council met', 'March 3, 2026'],
    ['Oslo, NO (Wire.io) Tuesday Mar 3, 2026 @ 9:00 AM UTC — The council met', 'Tuesday Mar 3, 2026'],
    ['March 3, 2026 at 10 a.m.', 'March 3, 2026'],
    ['Posted by the press office on 3 March 2026', '3 March 2026'],
    ['Press release no. 14/2026 | 3 March 2026', '3 March 2026'],
    [
      'Ministry of Water and Sanitation of the Republic of Tembe, press release, 3 March 2026',
      '3 March 2026',
    ],
    ['By Jane Roe, Staff Writer | 3 March 2026', '3 March 2026'],
    ['3 March 2026, Tuesday', '3 March 2026'],
    ['3 March 2026 · 4 min read', '3 March 2026'],
    ['Riverton | 3 March 2026 | 12-minute read', '3 March 2026'],
    ['Orvo, Tarvel – (March 3, 2026) Close to 400 rowers raced', 'March 3, 2026'],
    ['Press release – (3 March 2026) The council met', '3 March 2026'],
  ])('%j states the day of issue', (line, date) => {
    expect(judge(line, date)).toBe('publication');
  });

  it.each([
    ['Updated: 5 March 2026', '5 March 2026'],
    ['Last updated 5 March 2026', '5 March 2026'],
    ['Page modified: 5 March 2026', '5 March 2026'],
  ])('%j states a later revision', (line, date) => {
    expect(judge(line, date)).toBe('update');
  });

  it.each([
    ['On 3 March 2026, the council met.', '3 March 2026'],
    ['The fair will be held on 3 March 2026', '3 March 2026'],
    ['Riverton to host design week on 3 March 2026', '3 March 2026'],
    ['RIVERTON TO HOST DESIGN WEEK ON 3 MARCH 2026', '3 MARCH 2026'],
    ['Harbour Festival Returns March 3, 2026', 'March 3, 2026'],
    ['Harbour Festival: 3 March 2026', '3 March 2026'],
    ['When: Friday, 6 March 2026', 'Friday, 6 March 2026'],
    ['Event date | 6 March 2026', '6 March 2026'],
    ['Until 6 March 2026', '6 March 2026'],
    ['3 March 2026 will be remembered', '3 March 2026'],
    ['3 March 2026 in Riverton', '3 March 2026'],
    ['LAGOS, 3 March 2026, the council said', '3 March 2026'],
    ['The report, published on 3 March 2026, found gaps', '3 March 2026'],
    ['Design week no. 3 | Harbour Festival | 3 March 2026', '3 March 2026'],
    ['Results of the Riverton Harbour Festival, press release, 3 March 2026', '3 March 2026'],
    ['Harbour Festival: 3 March 2026 · 4 min read', '3 March 2026'],
    ['The fair (3 March 2026) drew crowds', '3 March 2026'],
    ['Harbour Festival (3 March 2026) results', '3 March 2026'],
  ])('%j states no day of issue', (line, date) => {
    expect(judge(line, date)).toBe('other');
  });
});
