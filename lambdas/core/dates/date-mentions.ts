import type { ParsedResult } from 'chrono-node';
import * as chrono from 'chrono-node/en';
import type { TextSpan } from '../types.ts';
import { type NumericDateOrder, readNumericDate } from './date-numeric-order.ts';

/** A calendar day the text names; `year` is null when the text leaves the year out ("June 18"). */
export interface CalendarDayMention extends TextSpan {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

/**
 * chrono is given a fixed reference so that it never reads the clock. Only components the text states
 * (chrono's "certain" components) are kept, so the reference never leaks into a result.
 */
const FIXED_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

const MONTH_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
const FOUR_DIGIT_YEAR = /\b\d{4}\b/;
const HAS_DIGIT = /\d/;
const LEADING_PREPOSITION = /^(?:on|from|between|during|in|at|by|since|until|of|before|after)\s+/i;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;
/**
 * A preposition before a day and its month ("from 8 June", "from 8 to 10 June"): chrono reads "from 8"
 * as a time of day and
 * loses the date, so the preposition is blanked out (same length, so every offset stays) before parsing.
 */
const PREPOSITION_BEFORE_DAY =
  /\b(?:from|at|by|since)\s+(?=\d{1,2}(?:st|nd|rd|th)?(?:\s{0,2}(?:to|and|-|–)\s{0,2}\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b)/gi;

/** "18 and 19, 2024" after "November 18": a second day of the same month, and perhaps the year. */
const FOLLOWING_DAY =
  /^\s*(?:and|to|through|until|till|-|–|—)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![:./]\d|\s*%|\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?:,?\s+(\d{4})\b)?/i;
/** "18 and " before "19 November 2024": a first day of the same month. */
const PRECEDING_DAY = /(?:^|[\s(])(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|through|until|till|-|–|—)\s*$/i;

/**
 * Finds the calendar days a piece of text names, with chrono-node (its strict English parser:
 * absolute dates only; numeric dates read in the release's `order`, month first by default). Ranges give both named endpoints ("March 27-30" names March 27 and March 30),
 * as do two days sharing a month ("November 18 and 19, 2024"). Month-only and year-only mentions,
 * times, durations and bare numeric forms without a four-digit year ("24/7", "4/5") are not days.
 *
 * @example
 * readCalendarDays('held on June 18-20, 2025').map((d) => d.day) // [18, 20]
 * readCalendarDays('on March 14th')[0]?.year // null
 */
export function readCalendarDays(
  text: string,
  order: NumericDateOrder = 'month-first',
): CalendarDayMention[] {
  const mentions: CalendarDayMention[] = [];
  // A calendar day is written with digits in releases ("18 June", "June 18th", "2025-06-18"); chrono
  // is the costliest step of date reading, so text without a digit is not handed to it.
  if (!HAS_DIGIT.test(text)) return mentions;
  const parsed = text.replace(PREPOSITION_BEFORE_DAY, (preposition) => ' '.repeat(preposition.length));
  for (const result of chrono.strict.parse(parsed, FIXED_REFERENCE)) {
    if (!namesCalendarDay(result)) continue;
    mentions.push(...mentionsOf(text, result, order));
  }
  return mentions;
}

function namesCalendarDay(result: ParsedResult): boolean {
  const { start, text } = result;
  if (!start.isCertain('month') || !start.isCertain('day')) return false;
  const monthWords = [...text.matchAll(MONTH_WORD)].map((match) => match[0]);
  // "may" in lower case is the verb ("they may 5 times ...").
  if (monthWords.some((word) => word !== 'may')) return true;
  return monthWords.length === 0 && FOUR_DIGIT_YEAR.test(text);
}

function mentionsOf(text: string, result: ParsedResult, order: NumericDateOrder): CalendarDayMention[] {
  const { start, end } = result;
  const startYear = start.isCertain('year') ? (start.get('year') ?? null) : null;
  const endYear = end?.isCertain('year') ? (end.get('year') ?? null) : null;
  // chrono reads every numeric date month first; the release's own order decides.
  const numeric = readNumericDate(result.text, order);
  const first = {
    year: startYear ?? sharedYear(result, endYear),
    month: numeric?.month ?? start.get('month') ?? 0,
    day: numeric?.day ?? start.get('day') ?? 0,
  };
  const days = [first];
  let spanStart = result.index;
  const resultText = result.text.trimEnd();
  let spanEnd = result.index + resultText.length;
  if (end?.isCertain('day') && end.isCertain('month')) {
    days.push({ year: endYear ?? startYear, month: end.get('month') ?? 0, day: end.get('day') ?? 0 });
  } else if (/\d(?:st|nd|rd|th)?$/i.test(resultText) && !/\d{4}$/.test(resultText)) {
    const following = FOLLOWING_DAY.exec(text.slice(spanEnd, spanEnd + 40));
    if (following) {
      const year = following[2] === undefined ? first.year : Number(following[2]);
      first.year = year;
      days.push({ year, month: first.month, day: Number(following[1]) });
      spanEnd += following[0].length;
    }
  } else if (/^\d/.test(resultText)) {
    const before = text.slice(Math.max(0, spanStart - 24), spanStart);
    const preceding = PRECEDING_DAY.exec(before);
    if (preceding) {
      days.unshift({ year: first.year, month: first.month, day: Number(preceding[1]) });
      spanStart += preceding.index + preceding[0].indexOf(preceding[1] ?? '') - before.length;
    }
  }
  const span = trimSpan(text, spanStart, spanEnd);
  return days.map((day) => ({ ...span, ...day }));
}

/**
 * The year the end of a range lends its start when the start has none ("June 18-20, 2025"): only when
 * the start then falls on or before the end. "From April 1 until March 31, 2029" spans years, so the
 * start's year is not stated and stays null (it takes the publication year).
 */
function sharedYear(result: ParsedResult, endYear: number | null): number | null {
  const { start, end } = result;
  if (endYear === null || !end?.isCertain('month') || !end.isCertain('day')) return endYear;
  const startDay = (start.get('month') ?? 0) * 100 + (start.get('day') ?? 0);
  const endDay = (end.get('month') ?? 0) * 100 + (end.get('day') ?? 0);
  return startDay <= endDay ? endYear : null;
}

function trimSpan(text: string, start: number, end: number): TextSpan {
  const raw = text.slice(start, end);
  const withoutPreposition = raw.replace(LEADING_PREPOSITION, '');
  const trimmed = withoutPreposition.replace(TRAILING_PUNCTUATION, '').trimStart();
  const trimmedStart =
    start +
    (raw.length - withoutPreposition.length) +
    (withoutPreposition.length - withoutPreposition.trimStart().length);
  return { start: trimmedStart, end: trimmedStart + trimmed.length, text: trimmed };
}
