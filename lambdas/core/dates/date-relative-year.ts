/** "last year", "next year", "this year" right after a day without its own year. */
const RELATIVE_YEAR_AFTER = /^,?\s+(last|next|this|the following|the previous) year\b/i;
const YEAR_OFFSETS: Readonly<Record<string, number>> = {
  last: -1,
  previous: -1,
  next: 1,
  following: 1,
  this: 0,
};

/**
 * How many years from the reference year a day without a year lies when a relative year follows it:
 * "on February 12 last year" is -1, "on March 3 next year" +1. Null when no relative year follows
 * `end` (an offset into `text`).
 *
 * @example
 * relativeYearAfter('signed on February 12 last year', 21) // -1
 * relativeYearAfter('opens on March 3 in Oslo', 16) // null
 */
export function relativeYearAfter(text: string, end: number): number | null {
  const match = RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 24));
  if (match === null) return null;
  const word = (match[1] ?? '').toLowerCase().replace(/^the\s+/, '');
  return YEAR_OFFSETS[word] ?? null;
}
