import type { Attendance } from '../../model/press-record.ts';
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

/** Verbs of a body sending or bringing a group, and of a person leading one, before the article. */
const SENDING = '(?:send|sends|sent|sending|bring|brings|brought|bringing|dispatched)';
const LEADING = '(?:lead|leads|led|leading|head|heads|headed|heading)';
const ARTICLE = '(?:a|an|its|their|his|her)';
/**
 * A body sending or bringing a group right before it: "sent a 30-strong squad", "brought a
 * 12-member delegation". A mission, a crew or a team is sent to work as often as to attend.
 */
const SENT_BEFORE = new RegExp(`\\b${SENDING}\\s+${ARTICLE}\\s+$`, 'i');
const SENT_GROUPS = /(?:delegation|contingent|squad)$/i;
/**
 * A person leading a group right before it: "who led a 12-member delegation to the summit". Read
 * only for groups that travel to represent someone: one leads a team or a crew at work too.
 */
const LED_BEFORE = new RegExp(`\\b${LEADING}\\s+${ARTICLE}\\s+$`, 'i');
/** A delegation sent or led, with its size after it: "sent a delegation of 48", "led a trade delegation of". */
const DELEGATION_OF_BEFORE = new RegExp(
  `\\b(?:${SENDING}|${LEADING})\\s+${ARTICLE}\\s+(?:[\\p{L}-]+\\s+)?(?:delegation|contingent) of\\s+$`,
  'iu',
);
/** Characters read before a count for a delegation sent or led. */
const DELEGATION_REACH = 56;
/**
 * A visit after a delegation: a group on a visit or a tour, meeting hosts, attends no event ("led a
 * delegation of six academics on a week-long visit to the institute").
 */
const ON_VISIT_AFTER =
  /^[^.;]{0,60}?\b(?:on an? (?:[\p{L}-]+\s+){0,2}(?:visit|tour|trip|study tour)|visit(?:s|ed|ing)?)\b/iu;
const LED_GROUPS = /(?:delegation|contingent)$/i;
/** Characters read before a group for the verb that sends or leads it. */
const SENT_REACH = 24;

/**
 * Attendance given as the size of a group that attended: "A five-member delegation from the agency
 * also attended the event" is five people at the event; so is a group sent or led there ("the club
 * sent a 30-strong squad", "who led a 12-member delegation to the fair"). The clause holding the
 * group gives the text.
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
    if (!GROUP_ATTENDS.test(sentence.slice(end, clause.end)) && !sentOrLed(sentence, match.index, match[0]))
      continue;
    found.push({ count, qualifier: 'exact', text: clause.text });
  }
  return found;
}

/** True when a verb sending or leading the group `group` stands right before it, at `start`. */
function sentOrLed(sentence: string, start: number, group: string): boolean {
  const before = sentence.slice(Math.max(0, start - SENT_REACH), start);
  const sent =
    (SENT_BEFORE.test(before) && SENT_GROUPS.test(group)) ||
    (LED_BEFORE.test(before) && LED_GROUPS.test(group));
  return sent && !onVisit(sentence, start + group.length);
}

/** True when the text after `position` sends the group on a visit or a tour. */
function onVisit(text: string, position: number): boolean {
  return ON_VISIT_AFTER.test(text.slice(position, position + 100));
}

/**
 * True when the count at `position` gives the size of a delegation sent or led to an event: "the
 * guest country sent a delegation of |48 writers".
 *
 * @example
 * delegationOfBefore('Norway sent a delegation of 48 poets.', 28) // true
 * delegationOfBefore('It met a delegation of 48 poets.', 23) // false
 * delegationOfBefore('She led a delegation of 6 deans on a visit to Oslo.', 28) // false
 */
export function delegationOfBefore(text: string, position: number): boolean {
  return (
    DELEGATION_OF_BEFORE.test(text.slice(Math.max(0, position - DELEGATION_REACH), position)) &&
    !onVisit(text, position)
  );
}
