import { formatIsoDate } from './date-calendar.ts';
import { type CalendarDayMention, readCalendarDays } from './date-mentions.ts';
import type { ReleaseText, TextSpan } from './types.ts';

/** The day a release was issued and the words in its header or dateline that state it. */
export interface PublicationDate extends TextSpan {
  readonly date: string;
}

/** Header and dateline sit in the first paragraphs (a release line, headline or byline may come first). */
const HEADER_PARAGRAPHS = 4;
/** A dateline states its date within its first words. */
const HEAD_LENGTH = 200;
const HEADER_LABEL =
  /^(?:(?:date|dated|published|posted|issued|released|release date|updated|last updated)(?:\s+on)?\s*:?\s+)?/i;
/** What may follow a header date: the end, a separator, or a run-in first sentence ("2025-06-18 The ..."). */
const HEADER_END = /^(?:\s*$|\s*(?:--|[-–—|/(:@,])|\s+[\p{Lu}\d])/u;
/** A dateline's date is followed by a separator before any lower-case word: "/PRNewswire/ --", "(Xinhua) --". */
const DATELINE_END = /^[^\p{Ll}]{0,40}?(?:--|[—–|/(:@]|\s-\s)/u;
/** Place names, agency names in parentheses and separators: "NEW YORK, NY,", "Benicia, CA (Wire)". */
const DATELINE_TOKEN = /^(?:[\p{Lu}\d("“[/][^\s]*|[-–—,:|/]+)$/u;
const PREPOSITION_BEFORE_DATE = /^(?:on|in|by|since|from|until|at|before|after|during|as of)$/i;
const YEAR = /\b(?:19|20)\d{2}\b/;

/**
 * Finds the date a release was issued: a header line (`date 2025-06-18`, `June 18, 2025`,
 * `Published: 18 June 2025`, also when the first paragraph runs on after it) or a dateline opening
 * a paragraph (`NEW YORK, June 18, 2025 /PRNewswire/ --`, `ASTANA, June 18 (Xinhua) --`).
 * A dateline without a year gives no date unless a header line states the year: a reader would
 * not know it either. Null when the text states no publication date.
 *
 * @example
 * findPublicationDate(prepareText('NEW YORK, June 18, 2025 /PRNewswire/ -- Acme said ...'))?.date // '2025-06-18'
 * findPublicationDate(prepareText('ASTANA, June 18 (Xinhua) -- Talks opened.')) // null
 */
export function findPublicationDate(release: ReleaseText): PublicationDate | null {
  const paragraphs = release.paragraphs.slice(0, HEADER_PARAGRAPHS);
  for (const paragraph of paragraphs) {
    const head = paragraph.text.slice(0, HEAD_LENGTH);
    const mention = headerMention(head);
    if (!mention) continue;
    const year = mention.year ?? headerYear(paragraphs.filter((other) => other !== paragraph));
    if (year === null) return null;
    const date = formatIsoDate({ year, month: mention.month, day: mention.day });
    if (date === null) return null;
    const start = paragraph.start + mention.start;
    return { start, end: start + mention.text.length, text: mention.text, date };
  }
  return null;
}

/** The first day of a paragraph when it stands where a header date or a dateline stands. */
function headerMention(head: string): CalendarDayMention | null {
  const first = readCalendarDays(head)[0];
  if (!first) return null;
  const prefix = head.slice(0, first.start);
  const after = head.slice(first.end, first.end + 48);
  const label = HEADER_LABEL.exec(head)?.[0] ?? '';
  if (prefix.trim() === label.trim()) {
    return label !== '' || HEADER_END.test(after) ? first : null;
  }
  return isDatelinePrefix(prefix) && DATELINE_END.test(after) ? first : null;
}

function isDatelinePrefix(prefix: string): boolean {
  if (prefix.length > 100) return false;
  const tokens = prefix.trim().split(/\s+/);
  const last = tokens.at(-1) ?? '';
  if (PREPOSITION_BEFORE_DATE.test(last)) return false;
  return tokens.every((token) => DATELINE_TOKEN.test(token));
}

/** A year stated by a short header paragraph ("2025", "Published 2025"), for a dateline without one. */
function headerYear(paragraphs: readonly TextSpan[]): number | null {
  for (const paragraph of paragraphs) {
    if (paragraph.text.length > 40) continue;
    const year = YEAR.exec(paragraph.text)?.[0];
    if (year !== undefined) return Number(year);
  }
  return null;
}
