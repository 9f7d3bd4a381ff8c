/** Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone or clock can shift a day. */

/** A calendar day as numbers; `month` is 1-12. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a day as `YYYY-MM-DD`, or returns null when the day does not exist (February 30).
 *
 * @example
 * formatIsoDate({ year: 2024, month: 2, day: 29 }) // '2024-02-29'
 * formatIsoDate({ year: 2025, month: 2, day: 29 }) // null
 */
export function formatIsoDate({ year, month, day }: CalendarDay): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a `YYYY-MM-DD` string; null when it is not a real day.
 *
 * @example
 * parseIsoDate('2025-06-18') // { year: 2025, month: 6, day: 18 }
 */
export function parseIsoDate(iso: string): CalendarDay | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return formatIsoDate(day) === null ? null : day;
}

/**
 * Moves a day by `days` (negative goes back).
 *
 * @example
 * addDays('2024-03-01', -1) // '2024-02-29'
 */
export function addDays(iso: string, days: number): string | null {
  const day = parseIsoDate(iso);
  if (!day) return null;
  const moved = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return formatIsoDate({
    year: moved.getUTCFullYear(),
    month: moved.getUTCMonth() + 1,
    day: moved.getUTCDate(),
  });
}

/**
 * The day of the week, 0 = Sunday ... 6 = Saturday.
 *
 * @example
 * weekdayOf('2025-06-18') // 3 (a Wednesday)
 */
export function weekdayOf(iso: string): number | null {
  const day = parseIsoDate(iso);
  if (!day) return null;
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}
