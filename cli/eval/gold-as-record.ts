import type { PressRecord } from '../../lambdas/model/press-record.ts';
import type { GoldRecord } from './gold.ts';

/**
 * A gold annotation in the shape of an extracted record, so that a second annotator's gold can be
 * scored against the first exactly as the extractor is: their agreement is the ceiling any extractor
 * can be measured to reach under the guidelines. Dates keep their value as their text.
 *
 * @example
 * goldAsRecord(gold).dates // [{ text: '2025-06-18', date: '2025-06-18' }]
 */
export function goldAsRecord(gold: GoldRecord): PressRecord {
  return {
    source: gold.source,
    publishedDate: gold.publishedDate,
    dates: gold.dates.map((date) => ({ text: date, date })),
    organizations: gold.organizations,
    people: gold.people,
    locations: gold.locations,
    quotes: gold.quotes,
    attendance: gold.attendance,
  };
}
