import type { PressRecord } from '../model/press-record.ts';
import { extractAttendance } from './attendance/attendance.ts';
import { extractDates, extractPublishedDate } from './dates/dates.ts';
import { extractEntities } from './entities/entities.ts';
import { parseRelease } from './nlp/world.ts';
import { extractQuotes } from './quotes/quotes.ts';
import { prepareText } from './release-text.ts';
import type { ExtractOptions } from './types.ts';

/** Bumped whenever a change to the core can change a record; stored with every record. */
export const EXTRACTOR_VERSION = '0.7.0';

/**
 * Turns the text of one press release into a PressRecord. Pure and deterministic: no I/O, no clock.
 *
 * @example
 * const record = extract('June 18, 2025\n\nOver 150 guests attended.', { source: 'a.txt' });
 * record.publishedDate // '2025-06-18'
 * record.attendance[0] // { count: 150, qualifier: 'over', text: 'Over 150 guests attended' }
 */
export function extract(text: string, options: ExtractOptions = {}): PressRecord {
  const release = prepareText(text);
  const parsed = parseRelease(release.text);
  const publishedDate = extractPublishedDate(release);
  const entities = extractEntities(release, parsed);
  return {
    source: options.source ?? '-',
    publishedDate,
    dates: extractDates(release, parsed, publishedDate ?? options.referenceDate ?? null),
    organizations: [...entities.organizations],
    people: [...entities.people],
    locations: [...entities.locations],
    quotes: extractQuotes(release, parsed, entities),
    attendance: extractAttendance(release, parsed),
  };
}
