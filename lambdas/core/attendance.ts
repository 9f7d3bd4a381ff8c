import type { Attendance } from '../model/press-record.ts';
import type { ParsedRelease } from './nlp/world.ts';
import type { ReleaseText } from './types.ts';

/** Counts of people attending or taking part in an event, with their qualifier. */
export function extractAttendance(_release: ReleaseText, _parsed: ParsedRelease): Attendance[] {
  return [];
}
