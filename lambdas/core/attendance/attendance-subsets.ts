import { namesAttendance } from './attendance-cues.ts';

/**
 * Part of a crowd counted right after the crowd: "joined by 300 walkers, including 40 wheelchair
 * users", "attended by 500 guests, among them 60 students", "More than 400 scientists are attending.
 * Nearly 70 of them are doctoral students." The part takes part in the same event, so it is a count
 * of attendees too (GUIDELINES "attendance"; the dev set lists such subsets). A part of a count that is
 * no attendance ("employs 120 people, including 40 engineers") is none either.
 */

/**
 * "including" or "among them" right before the count, with at most its qualifier between ("including
 * some 40"); not "including chiefs from 14 villages", where the count is of something else.
 */
const PART_BEFORE =
  /(?:\bincluding|\bamong (?:them|whom|those))\s+(?:(?:some|about|around|nearly|almost|over|roughly|approximately|at least|more than|up to|close to)\s+)?$/iu;
/** "of them" or "of whom" right after the count: the crowd counted just before. */
const PART_AFTER = /^\s+of\s+(?:them|whom|those)\b/i;
/** "of the riders", "of all participants": the crowd named again by a noun for those who take part. */
const PART_OF_NAMED_CROWD = /^\s+of\s+(?:the|these|those|all(?:\s+the)?)\s+(\p{L}+)\b/iu;
/** Those who take part in a race or a show, beside the nouns that name attendance by themselves. */
const TAKING_PART = new Set(['riders', 'athletes', 'players', 'finishers', 'performers']);
/** How far before the count its "including" may stand, with a qualifier between ("including some"). */
const BEFORE_REACH = 40;

/**
 * True when the count at `start`-`end` of `sentence` is part of an attendance count stated just
 * before: in the same sentence before "including ..." / "among them ...", or in the same or the
 * previous sentence before "N of them". `attendanceBefore` says whether the same sentence has an
 * attendance count before the count, `attendanceInPrevious` whether the previous sentence ends with one.
 *
 * @example
 * partOfAttendance('It was joined by 300 walkers, including 40 children.', 42, 44, true, false) // true
 * partOfAttendance('The firm employs 120 people, including 40 engineers.', 41, 43, false, false) // false
 */
export function partOfAttendance(
  sentence: string,
  start: number,
  end: number,
  attendanceBefore: boolean,
  attendanceInPrevious: boolean,
): boolean {
  const before = sentence.slice(Math.max(0, start - BEFORE_REACH), start);
  if (attendanceBefore && PART_BEFORE.test(before)) return true;
  if (!attendanceBefore && !attendanceInPrevious) return false;
  const after = sentence.slice(end, end + 40);
  const crowd = PART_OF_NAMED_CROWD.exec(after)?.[1];
  return PART_AFTER.test(after) || (crowd !== undefined && namesCrowd(crowd));
}

/** "participants", "riders": a noun for the people of an event. */
function namesCrowd(noun: string): boolean {
  return namesAttendance(noun) || TAKING_PART.has(noun.toLowerCase());
}
