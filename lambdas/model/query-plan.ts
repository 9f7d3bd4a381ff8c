/**
 * The pure parts of the list queries: which months a date range spans, the bounds of sort key ranges,
 * and the opaque cursor a page ends with.
 */

/** Page size when the caller names none, and the largest one served. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Sorts above every sort key of a day (`<date>#<id>`): `$` follows `#`. */
const AFTER_DAY = '$';

/** Sorts above every attendance sort key (they start with digits). */
export const ABOVE_EVERY_COUNT = '~';

/**
 * The months from `to` back to `from`, newest first (both `YYYY-MM`).
 *
 * @example
 * monthsDescending('2024-11', '2025-01') // ['2025-01', '2024-12', '2024-11']
 */
export function monthsDescending(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = to.split('-').map(Number) as [number, number];
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  while (year > fromYear || (year === fromYear && month >= fromMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month--;
    if (month === 0) {
      month = 12;
      year--;
    }
  }
  return months;
}

/**
 * The exclusive upper bound of date-ordered sort keys for releases dated `to` or earlier.
 *
 * @example
 * upperBoundOfDay('2025-06-18') // '2025-06-18$'
 */
export function upperBoundOfDay(to: string): string {
  return `${to}${AFTER_DAY}`;
}

/**
 * Clamps a requested page size to 1..MAX_PAGE_SIZE.
 *
 * @example
 * pageSizeOf(undefined) // 20
 * pageSizeOf(1000) // 100
 */
export function pageSizeOf(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(limit)));
}

/**
 * The cursor a page ends with: the sort key of its last entry, opaque to callers.
 *
 * @example
 * decodeCursor(encodeCursor('2025-06-18#incoming/a.txt')) // '2025-06-18#incoming/a.txt'
 */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ after: sortKey }), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back; undefined when it is not one of ours.
 *
 * @example
 * decodeCursor('not a cursor') // undefined
 */
export function decodeCursor(cursor: string): string | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const after = (value as { after?: unknown } | null)?.after;
    return typeof after === 'string' && after !== '' ? after : undefined;
  } catch {
    // JSON.parse throws on garbage: an invalid cursor is an expected input, reported as undefined.
    return undefined;
  }
}
