import type { Attendance } from '../model/press-record.ts';
import { clauseAround } from './attendance-clauses.ts';
import { readCount } from './number-words.ts';

/**
 * The size of a group of people given as a compound before its noun: "a five-member delegation", "a
 * 12-strong contingent", "a 30-person team". The nouns are groups of people that travel to an event
 * as one (not boards or juries, which sit rather than attend). The count is digits or one hyphenated
 * number word; each part is a bounded run, so the scan is linear.
 */
const GROUP_SIZE =
  /\b(\d{1,4}|\p{L}{3,9}(?:-\p{L}{3,5})?)-(?:member|strong|person|man|woman)\s+(?:delegation|contingent|team|squad|group|party|mission|crew)\b/giu;

/**
 * An attending verb after the group: the group attended or took part, as a whole. A group that
 * met someone, visited a site or was set up is no attendance.
 */
const GROUP_ATTENDS =
  /\b(?:attend(?:s|ed|ing)?|(?:take|takes|took|taking) part|participat(?:e|es|ed|ing)|compet(?:e|es|ed|ing)|joined (?:the|in)|marched|paraded)\b/i;

/**
 * Attendance given as the size of a group that attended: "A five-member delegation from the agency
 * also attended the event" is five people at the event. The clause holding the group gives the text.
 *
 * @example
 * groupSizeAttendance('A five-member delegation from the agency attended the fair.')
 * // [{ count: 5, qualifier: 'exact', text: 'A five-member delegation from the agency attended the fair' }]
 * groupSizeAttendance('A five-member panel will judge the entries.') // []
 */
export function groupSizeAttendance(sentence: string): Attendance[] {
  const found: Attendance[] = [];
  for (const match of sentence.matchAll(GROUP_SIZE)) {
    const count = readCount([match[1] ?? '']);
    if (count === null || count < 2) continue;
    const end = match.index + match[0].length;
    const clause = clauseAround(sentence, match.index, end);
    if (!GROUP_ATTENDS.test(sentence.slice(end, clause.end))) continue;
    found.push({ count, qualifier: 'exact', text: clause.text });
  }
  return found;
}
