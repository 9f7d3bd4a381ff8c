import type { DateMention } from '../../model/press-record.ts';
import { listLeadIn } from '../list-lead-in.ts';
import { findVerbGroups, type VerbGroup } from '../nlp/verb-tenses.ts';
import type { ParsedRelease } from '../nlp/world.ts';
import type { ReleaseText, Sentence, TextSpan } from '../types.ts';
import { formatIsoDate } from './date-calendar.ts';
import { findPublicationDate } from './date-header.ts';
import { readCalendarDays } from './date-mentions.ts';
import { numericDateOrder } from './date-numeric-order.ts';
import { findRelativeDays, type RelativeDay, resolveRelativeDay } from './date-relative.ts';
import { relativeYearAfter } from './date-relative-year.ts';
import { weekdayDirectionByTense } from './date-weekday-tense.ts';
import { dateWindows } from './date-windows.ts';

/**
 * The date the release was issued, from its header line or dateline; null when the text states none.
 *
 * @example
 * extractPublishedDate(prepareText('date 2025-06-18\n\nTalks opened.')) // '2025-06-18'
 * extractPublishedDate(prepareText('ASTANA, June 18 (Xinhua) -- Talks opened.')) // null
 */
export function extractPublishedDate(release: ReleaseText): string | null {
  return findPublicationDate(release)?.date ?? null;
}

interface PlacedDate {
  readonly position: number;
  readonly text: string;
  readonly date: string;
}

/**
 * Every calendar date the text names, resolved against `anchor` (the publication date, else the
 * caller's reference day), de-duplicated in text order. A day without a year takes the anchor's year;
 * relative days ("yesterday", "on Tuesday") count only with an anchor. Without an anchor, only days
 * with their year stated remain. chrono-node reads calendar dates (it measured better than the
 * parse); the parse gives the tense of the verb a bare weekday belongs to ("on Tuesday approved"
 * points back, "would visit on Wednesday" forward).
 *
 * @example
 * extractDates(prepareText('date 2025-06-18\n\nIt closes on June 20.'), parsed, '2025-06-18')
 * // [{ text: '2025-06-18', date: '2025-06-18' }, { text: 'June 20', date: '2025-06-20' }]
 */
export function extractDates(
  release: ReleaseText,
  parsed: ParsedRelease,
  anchor: string | null,
): DateMention[] {
  // The verb query runs only for a release that names a bare weekday.
  let groups: readonly VerbGroup[] | null = null;
  const verbGroups = (): readonly VerbGroup[] => {
    groups ??= findVerbGroups(parsed, release.text);
    return groups;
  };
  const anchorYear = anchor === null ? null : Number(anchor.slice(0, 4));
  const order = numericDateOrder(release.text);
  const found: PlacedDate[] = [];
  const publication = findPublicationDate(release);
  if (publication)
    found.push({ position: publication.start, text: publication.text, date: publication.date });
  for (const sentence of release.sentences) {
    const covered: Array<readonly [number, number]> = [];
    for (const window of dateWindows(sentence.text)) {
      for (const mention of readCalendarDays(window.text, order)) {
        covered.push([window.start + mention.start, window.start + mention.end]);
        const year = mention.year ?? yearFromAnchor(anchorYear, window.text, mention.end);
        const date = year === null ? null : formatIsoDate({ year, month: mention.month, day: mention.day });
        if (date !== null) {
          found.push({ position: sentence.start + window.start + mention.start, text: mention.text, date });
        }
      }
    }
    if (anchor === null) continue;
    // Both lists in text order: one pointer finds the absolute dates a mention overlaps.
    covered.sort((a, b) => a[0] - b[0]);
    let next = 0;
    for (const mention of findRelativeDays(sentence.text)) {
      while (next < covered.length && (covered[next]?.[1] ?? 0) <= mention.start) next++;
      const overlapped = covered[next];
      // A weekday inside an absolute date ("Sunday, June 1, 2025") adds nothing.
      if (overlapped && overlapped[0] < mention.end) continue;
      const relative = withVerbTense(mention.relative, mention, sentence, release.text, verbGroups);
      const date = resolveRelativeDay(relative, anchor);
      if (date !== null) found.push({ position: sentence.start + mention.start, text: mention.text, date });
    }
  }
  return deduplicate(found);
}

/** The year of a day without one: the anchor's, moved by a relative year after it ("June 4 last year"). */
function yearFromAnchor(anchorYear: number | null, text: string, end: number): number | null {
  if (anchorYear === null) return null;
  return anchorYear + (relativeYearAfter(text, end) ?? 0);
}

/**
 * A bare weekday ("on Tuesday") takes its direction from its verb's tense when a verb is near; in a
 * list item with no verb ("- a poster evening on Thursday"), from the verb of the list's lead-in.
 */
function withVerbTense(
  relative: RelativeDay,
  mention: TextSpan,
  sentence: Sentence,
  text: string,
  verbGroups: () => readonly VerbGroup[],
): RelativeDay {
  // "last" and "next" state the direction themselves.
  if (relative.kind !== 'weekday' || relative.direction === 'before' || relative.direction === 'after')
    return relative;
  const span = { ...mention, start: sentence.start + mention.start, end: sentence.start + mention.end };
  let direction = weekdayDirectionByTense(verbGroups(), span, sentence);
  const leadIn = direction === null ? listLeadIn(text, span.start) : null;
  if (leadIn !== null) {
    const colon = { start: leadIn.end - 1, end: leadIn.end, text: ':' };
    direction = weekdayDirectionByTense(verbGroups(), colon, leadIn);
  }
  return direction === null ? relative : { ...relative, direction };
}

function deduplicate(found: readonly PlacedDate[]): DateMention[] {
  const byDate = new Map<string, DateMention>();
  for (const { text, date } of [...found].sort((a, b) => a.position - b.position)) {
    if (!byDate.has(date)) byDate.set(date, { text, date });
  }
  return [...byDate.values()];
}
