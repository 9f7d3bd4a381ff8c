import type { ReleaseText, TextSpan } from '../types.ts';
import { formatIsoDate } from './date-calendar.ts';
import { type HeaderLine, readHeaderBlock } from './date-header-block.ts';
import { judgeHeaderDate } from './date-header-line.ts';
import { type CalendarDayMention, readCalendarDays } from './date-mentions.ts';
import { type NumericDateOrder, numericDateOrder } from './date-numeric-order.ts';
import { dateWindows } from './date-windows.ts';

/** The day a release was issued and the words in its header or dateline that state it. */
export interface PublicationDate extends TextSpan {
  readonly date: string;
}

/** A line holding only a year (and labels or marks): "2031", "© 2031". */
const YEAR_LINE = /^[^\p{L}\d]*(?:[\p{L}.]+\s+)?((?:19|20)\d{2})[^\p{L}\d]*$/u;
const YEAR = /\b(?:19|20)\d{2}\b/;
/** A short header line may state the year a dateline leaves out. */
const MAX_YEAR_LINE = 40;

/**
 * Finds the date a release was issued in its header block: the lines before the first paragraph of
 * prose (release labels, headlines, a date line) and the dateline opening that paragraph. The first
 * day in a line that is mostly a date wins: `Tuesday, 3 March 2026` after `FOR IMMEDIATE RELEASE`,
 * `SITUATION UPDATE | 22 January 2026`, `**Press Release | 12 February 2026 | Ahmedabad**`,
 * `Abuja, Wednesday 14 October 2026`, `NEW YORK, June 18, 2025 /PRNewswire/ --`. A day inside a
 * headline or a sentence ("will be held on 3 March 2026") is not one, nor an "Updated:" day.
 * A dateline without a year gives no date unless the header block states the year: a reader would
 * not know it either. Null when the text states no publication date.
 *
 * @example
 * findPublicationDate(prepareText('NEW YORK, June 18, 2025 /PRNewswire/ -- Acme said ...'))?.date // '2025-06-18'
 * findPublicationDate(prepareText('ASTANA, June 18 (Xinhua) -- Talks opened.')) // null
 */
export function findPublicationDate(release: ReleaseText): PublicationDate | null {
  // The record's publishedDate and its dates list both need it; chrono reading the header is costly.
  const known = publicationDates.get(release);
  if (known !== undefined) return known;
  const found = readPublicationDate(release);
  publicationDates.set(release, found);
  return found;
}

const publicationDates = new WeakMap<ReleaseText, PublicationDate | null>();

function readPublicationDate(release: ReleaseText): PublicationDate | null {
  const block = readHeaderBlock(release.text);
  const order = numericDateOrder(release.text);
  for (const line of block) {
    if (line.listItem) continue;
    const mention = publicationMention(line, order);
    if (!mention) continue;
    const year = mention.year ?? headerYear(block.filter((other) => other !== line));
    if (year === null) return null;
    const date = formatIsoDate({ year, month: mention.month, day: mention.day });
    if (date === null) return null;
    const start = line.start + mention.start;
    return {
      start,
      end: start + mention.text.length,
      text: release.text.slice(start, start + mention.text.length),
      date,
    };
  }
  return null;
}

/** The first day of a line that states when the release was issued; a range is an event, not an issue day. */
function publicationMention(line: HeaderLine, order: NumericDateOrder): CalendarDayMention | null {
  const mentions = readLineDays(line.text, order);
  let from = 0;
  for (const [index, mention] of mentions.entries()) {
    const range =
      mentions[index + 1]?.start === mention.start || mentions[index - 1]?.start === mention.start;
    const role = range ? 'other' : judgeHeaderDate(line.text, mention, from);
    if (role === 'publication') return mention;
    if (role === 'other') return null;
    from = mention.end;
  }
  return null;
}

/**
 * The calendar days of a header line, read only in the windows around date triggers as the dates
 * list reads sentences: a dateline is the opening of a paragraph that may run on for a while.
 */
function readLineDays(text: string, order: NumericDateOrder): CalendarDayMention[] {
  return dateWindows(text).flatMap((window) =>
    readCalendarDays(window.text, order).map((mention) => ({
      ...mention,
      start: window.start + mention.start,
      end: window.start + mention.end,
    })),
  );
}

/** A year stated by a short header line ("2031", "Published 2031"), for a dateline without one. */
function headerYear(lines: readonly HeaderLine[]): number | null {
  for (const line of lines) {
    const text = line.text.trim();
    if (text.length > MAX_YEAR_LINE) continue;
    const year = YEAR_LINE.exec(text)?.[1] ?? (line.body ? undefined : YEAR.exec(text)?.[0]);
    if (year !== undefined) return Number(year);
  }
  return null;
}
