/**
 * The order of day and month in a release's numeric dates: "02/10/2025" is 2 October in most of the
 * world and February 10 in the United States. Dots are a day-first convention ("02.10.2025" in
 * German, Russian, Estonian, Turkish ... releases).
 */
export type NumericDateOrder = 'month-first' | 'day-first';

/** "02/10/2025", "2.10.2025": day or month, then the other, then a four-digit year. */
const NUMERIC_DATE = /(?<!\d|\d[./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d|[./]\d)/g;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "2 October", "2nd of October": a day written before its month name. */
const DAY_BEFORE_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'giu');
/** "October 2", "Oct. 2nd": a month name before its day (not "October 2025", a month and year). */
const MONTH_BEFORE_DAY = new RegExp(`(?<![\\p{L}])${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)`, 'giu');

/**
 * How the release writes numeric dates. A numeric date settles it where it can only be read one way
 * ("13/02/2025" is day-first, "02/13/2025" month-first), and dots are read as day-first; else the
 * release's spelled-out dates tell its convention ("2 October" or "October 2"). Month first when
 * nothing tells, as the English wire services write.
 *
 * @example
 * numericDateOrder('Valmera, 02.10.2025\n\nThe programme opens today.') // 'day-first'
 * numericDateOrder('Issued 02/10/2025. The fair opens on 14 October.') // 'day-first'
 * numericDateOrder('Issued 02/10/2025. The fair opens on October 14.') // 'month-first'
 */
export function numericDateOrder(text: string): NumericDateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const [, first, separator, second] of text.matchAll(NUMERIC_DATE)) {
    const [a, b] = [Number(first), Number(second)];
    if (a > 12 && a <= 31 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a <= 12) monthFirst++;
    else if (separator === '.') dayFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'day-first' : 'month-first';
  const spelledDayFirst = countMatches(text, DAY_BEFORE_MONTH);
  const spelledMonthFirst = countMatches(text, MONTH_BEFORE_DAY);
  return spelledDayFirst > spelledMonthFirst ? 'day-first' : 'month-first';
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    // Lower-case "may" is the verb ("it may 2 ..." never names a day).
    if (!match[0].includes('may')) count++;
  }
  return count;
}

/** A whole text that is one numeric date with its year: "02/10/2025", "2.10.2025". */
const WHOLE_NUMERIC_DATE = /^\s*(\d{1,2})([./])(\d{1,2})\2\d{4}\s*$/;

/**
 * The month and day of a numeric date read in `order`; a reading that cannot be a date gives way to
 * the other ("13/02/2025" is 13 February in either order). Null for text of any other shape.
 *
 * @example
 * readNumericDate('02.10.2025', 'day-first') // { month: 10, day: 2 }
 * readNumericDate('02/10/2025', 'month-first') // { month: 2, day: 10 }
 * readNumericDate('October 2, 2025', 'day-first') // null
 */
export function readNumericDate(
  text: string,
  order: NumericDateOrder,
): { month: number; day: number } | null {
  const match = WHOLE_NUMERIC_DATE.exec(text);
  if (!match) return null;
  const [a, b] = [Number(match[1]), Number(match[3])];
  const [month, day] = order === 'day-first' ? [b, a] : [a, b];
  return month > 12 ? { month: day, day: month } : { month, day };
}
