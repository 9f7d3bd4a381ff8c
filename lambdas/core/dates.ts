import type { DateMention } from '../model/press-record.ts';
import type { ParsedRelease } from './nlp/world.ts';
import type { ReleaseText } from './types.ts';

/** The date the release was issued, from its header line or dateline; null when the text states none. */
export function extractPublishedDate(_release: ReleaseText): string | null {
  return null;
}

/** Every calendar date the text names, resolved against `anchor` (the publication date), de-duplicated. */
export function extractDates(
  _release: ReleaseText,
  _parsed: ParsedRelease,
  _anchor: string | null,
): DateMention[] {
  return [];
}
