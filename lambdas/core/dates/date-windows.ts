import type { TextSpan } from '../types.ts';

/**
 * Words and shapes without which a stretch of text names no calendar day: a month name, a weekday,
 * a day word, or digits with date separators and a four-digit year. "May" counts only capitalized.
 * Every alternative starts with a literal, so the scan is linear in the text length.
 */
const DATE_TRIGGER =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|tomorrow)\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b/gi;

/** How far around a trigger a date expression can reach ("between 18 and 19 November 2024"). */
const REACH = 48;
/** Merged windows stop growing here, so the parser's input stays short on dense, very long lines. */
const MAX_WINDOW = 2_000;

/**
 * Cuts a sentence into the few short windows that can hold a date, so that the date parser reads
 * a bounded amount of text around each trigger instead of every sentence in full. Windows end at
 * whitespace; overlapping windows merge up to a bounded length.
 *
 * @example
 * dateWindows('Nothing here. Talks open on June 18 in Astana.').length // 1
 * dateWindows('No dates at all.') // []
 */
export function dateWindows(text: string): TextSpan[] {
  const windows: TextSpan[] = [];
  let current: { start: number; end: number } | null = null;
  for (const match of text.matchAll(DATE_TRIGGER)) {
    // Lower-case "may" is the verb; chrono would reject it anyway, this saves the parse.
    if (match[0] === 'may') continue;
    const start = widenLeft(text, match.index - REACH);
    const end = widenRight(text, match.index + match[0].length + REACH);
    if (current && start <= current.end && current.end - current.start < MAX_WINDOW) {
      current.end = Math.max(current.end, end);
      continue;
    }
    if (current) windows.push(spanOf(text, current.start, current.end));
    current = { start, end };
  }
  if (current) windows.push(spanOf(text, current.start, current.end));
  return windows;
}

function widenLeft(text: string, position: number): number {
  if (position <= 0) return 0;
  const space = text.lastIndexOf(' ', position);
  return space < 0 ? 0 : space + 1;
}

function widenRight(text: string, position: number): number {
  if (position >= text.length) return text.length;
  const space = text.indexOf(' ', position);
  return space < 0 ? text.length : space;
}

function spanOf(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}
