import type { TextSpan } from '../types.ts';
import { addDays, weekdayOf } from './date-calendar.ts';

/** `past` allows the reference day itself; `before` and `after` exclude it ("last", "next"). */
export type WeekdayDirection = 'past' | 'future' | 'before' | 'after';

/** A day named relative to the reference day: "yesterday" or "last Tuesday". */
export type RelativeDay =
  | { readonly kind: 'offset'; readonly days: number }
  | {
      readonly kind: 'weekday';
      /** 0 = Sunday ... 6 = Saturday. */
      readonly weekday: number;
      readonly direction: WeekdayDirection;
    };

export interface RelativeMention extends TextSpan {
  readonly relative: RelativeDay;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const DAY_WORD_OFFSETS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  yesterday: -1,
  'last night': -1,
  tomorrow: 1,
};

// Every alternative starts with a literal word, so the scan stays linear in the text length.
const RELATIVE_PATTERN =
  /\b(?:(last|next|this coming|coming|this|on|every|each)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(s)?\b|\b(today|tonight|yesterday|tomorrow|last night|this morning|this afternoon|this evening)\b/gi;

/** Words that make a weekday part of a named day ("Black Friday", "Good Friday", "Super Tuesday"). */
const NAMED_DAY_MODIFIERS = new Set([
  'black',
  'cyber',
  'good',
  'holy',
  'easter',
  'palm',
  'ash',
  'super',
  'giving',
  'maundy',
  'shrove',
  'fat',
  'great',
]);

/** Words that, before a weekday, show it names a day rather than part of a title. */
const DAY_INTRODUCERS = new Set([
  'on',
  'by',
  'since',
  'until',
  'till',
  'from',
  'before',
  'after',
  'last',
  'next',
]);

const MONTH_START = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Future tense in the sentence sends a bare weekday forward ("will meet on Tuesday"). */
const FUTURE_MARKERS =
  /\b(?:will|shall|going to|scheduled|upcoming|set to|due to|plans? to|to be held)\b|'ll\b/i;

/**
 * Finds the relative day expressions of one sentence that a reference day makes exact: today,
 * tonight, yesterday, tomorrow, last night, this morning, and weekdays ("on Tuesday", "next Friday").
 * A bare weekday points back from the reference day unless the sentence speaks of the future.
 * Repeating weekdays ("on Mondays", "every Monday") and named days ("Black Friday") are no dates.
 *
 * @example
 * findRelativeDays('He spoke on Tuesday.')[0]?.relative // { kind: 'weekday', weekday: 2, direction: 'past' }
 */
export function findRelativeDays(sentence: string): RelativeMention[] {
  const mentions: RelativeMention[] = [];
  const future = FUTURE_MARKERS.test(sentence);
  for (const match of sentence.matchAll(RELATIVE_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const dayWord = match[4]?.toLowerCase();
    if (dayWord !== undefined) {
      const days = DAY_WORD_OFFSETS[dayWord.replace(/\s+/g, ' ')];
      if (days !== undefined && !isFigurativeDay(sentence, start, end))
        mentions.push({ start, end, text: match[0], relative: { kind: 'offset', days } });
      continue;
    }
    const weekday = WEEKDAYS.indexOf((match[2] ?? '').toLowerCase());
    const modifier = match[1]?.toLowerCase().replace(/\s+/g, ' ');
    // "on Mondays", "every Monday": a day that repeats names no one day.
    if (weekday < 0 || match[3] !== undefined || modifier === 'every' || modifier === 'each') continue;
    if (modifier === undefined && namesAnotherThing(sentence, start, end)) continue;
    // "at five o'clock on a Sunday morning": a weekday after an indefinite article is any such day.
    if (modifier === undefined && INDEFINITE_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)))
      continue;
    if (isWeekdayOfMonth(sentence, start, end)) continue;
    const direction = directionOf(modifier, future);
    const textStart = modifier === 'on' ? start + (match[1]?.length ?? 0) + 1 : start;
    mentions.push({
      start: textStart,
      end,
      text: sentence.slice(textStart, end).trimStart(),
      relative: { kind: 'weekday', weekday, direction },
    });
  }
  return mentions;
}

function directionOf(modifier: string | undefined, future: boolean): WeekdayDirection {
  if (modifier === 'last') return 'before';
  if (modifier === 'next' || modifier === 'coming' || modifier === 'this coming') return 'after';
  return future ? 'future' : 'past';
}

/**
 * "the last Sunday of every month", "the first Monday of May": a weekday counted within a month is a
 * rule or a day of another month, never the day the release speaks from.
 */
function isWeekdayOfMonth(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 12), start).toLowerCase();
  return ORDINAL_BEFORE.test(before) && /^\s+of\b/i.test(sentence.slice(end, end + 4));
}

/** "the last ", "the first " ... right before the weekday (or before "last Sunday" itself). */
const ORDINAL_BEFORE = /\bthe\s+(?:(?:first|second|third|fourth|fifth|last)\s+)?$/;

/** An indefinite article right before a weekday: "on a Sunday", "any Monday". */
const INDEFINITE_BEFORE = /\b(?:a|any)\s+$/i;

/** "of" before a day word: "the leaders of tomorrow", "the skills of today". */
const OF_BEFORE = /\bof\s+$/i;
/** A day word set against another: "water tomorrow, not today", "today, not tomorrow". */
const CONTRAST_AFTER = /^,?\s+(?:and\s+|but\s+)?not\s+(?:today|tomorrow|yesterday)\b/i;
const CONTRAST_BEFORE = /\b(?:today|tomorrow|yesterday),?\s+(?:and\s+|but\s+)?not\s+$/i;

/**
 * A day word that means a time of life rather than a day: the future or the past as a whole ("the
 * jobs of tomorrow") or one of two times set against each other ("act today, not tomorrow").
 */
function isFigurativeDay(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 24), start);
  const after = sentence.slice(end, end + 24);
  return OF_BEFORE.test(before) || CONTRAST_AFTER.test(after) || CONTRAST_BEFORE.test(before);
}

/** A weekday inside a name: "Black Friday", "Monday Night Football". */
function namesAnotherThing(sentence: string, start: number, end: number): boolean {
  const before = /(\S+)\s+$/.exec(sentence.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  if (NAMED_DAY_MODIFIERS.has(before.toLowerCase())) return true;
  const after = /^\s+([\p{Lu}][\p{L}]*)/u.exec(sentence.slice(end, end + 24))?.[1];
  if (after === undefined || MONTH_START.test(after)) return false;
  return !DAY_INTRODUCERS.has(before.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * Resolves a relative day against the reference day (`YYYY-MM-DD`).
 *
 * @example
 * resolveRelativeDay({ kind: 'offset', days: 1 }, '2019-08-06') // '2019-08-07'
 * resolveRelativeDay({ kind: 'weekday', weekday: 2, direction: 'past' }, '2025-06-19') // '2025-06-17'
 */
export function resolveRelativeDay(relative: RelativeDay, reference: string): string | null {
  if (relative.kind === 'offset') return addDays(reference, relative.days);
  const today = weekdayOf(reference);
  if (today === null) return null;
  const back = (today - relative.weekday + 7) % 7;
  const forward = (relative.weekday - today + 7) % 7;
  switch (relative.direction) {
    case 'past':
      return addDays(reference, -back);
    case 'before':
      return addDays(reference, -(back === 0 ? 7 : back));
    case 'future':
      return addDays(reference, forward);
    case 'after':
      return addDays(reference, forward === 0 ? 7 : forward);
  }
}
