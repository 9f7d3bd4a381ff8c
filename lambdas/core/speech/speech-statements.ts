import { trimEndOf } from '../quotes/quote-marks.ts';
import type { Speaker } from '../speakers/speaker-context.ts';
import { tokenize } from './speech-tokens.ts';

/** Reported speech found in a sentence: `text` is `context.text.slice(start, end)`. */
export interface ReportedStatement {
  readonly speaker: Speaker;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A statement whose speaker and start are known and whose end is not yet. */
export interface OpenStatement {
  readonly speaker: Speaker;
  readonly start: number;
  /** Who makes the statement jointly with the speaker ("Acme and the Tarvel Institute announced ..."). */
  readonly partner?: Speaker;
}

/** Words that open a relative clause (or a "that" clause): never the speaker phrase of a verb. */
export const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

const MIN_WORDS = 2;

/**
 * Where a sentence starts once a dateline is skipped ("JAKARTA, 28 July 2025 – ", "SAN ANTONIO, March
 * 12, 2026 /PRNewswire/ -- "): a short lead with a comma and a date or a capitalized place, then a dash.
 */
export function afterDateline(text: string, start: number, limit: number): number {
  const lead = text.slice(start, Math.min(limit, start + 120));
  const dash = /\s(?:--|\u2013|\u2014)\s/u.exec(lead);
  if (dash === null) return start;
  const before = lead.slice(0, dash.index);
  const datelike = /\d/u.test(before) || /\b\p{Lu}{3,}\b/u.test(before);
  return before.includes(',') && datelike ? start + dash.index + dash[0].length : start;
}

/**
 * Adds the statement from `open.start` to `end`, trimmed of separators and of the sentence's full
 * stop, when it has at least two words.
 */
export function pushStatement(
  into: ReportedStatement[],
  text: string,
  open: OpenStatement,
  end: number,
): void {
  let start = open.start;
  while (start < end && ' \t\n,:;'.includes(text[start] ?? '')) start++;
  let content = trimEndOf(text.slice(start, end), ' \t\n,;:');
  // A full stop ends the sentence, not the statement; an abbreviation's dot before a quote mark stays.
  if (/[.!?]$/u.test(content) && !/[.!?]{2}$/u.test(content))
    content = trimEndOf(content.slice(0, -1), ' \t\n,;:');
  if (tokenize(content).length < MIN_WORDS) return;
  into.push({ speaker: open.speaker, text: content, start, end: start + content.length });
  if (open.partner) into.push({ speaker: open.partner, text: content, start, end: start + content.length });
}

/**
 * A complement that is nothing but a quotation, with at most its object and "to" before it ("urged
 * graduates to “stay close to home.”", "said “we are ready”"): the quotation is the direct quote, and
 * the reported clause adds no words of its own. A quoted fragment inside a clause of the writer's own
 * ("said the talks had been “long and frank”") is no such complement.
 *
 * @example
 * restatesQuotation('graduates to “stay close to home.”') // true
 * restatesQuotation('the talks had been “long and frank”') // false
 */
export function restatesQuotation(text: string): boolean {
  return QUOTATION_COMPLEMENT.test(text);
}

// Each bounded repeat is a run of non-spaces closed by one space: no two ways to match, so linear.
const QUOTATION_COMPLEMENT = /^(?:(?:[^\s“”"«»]+\s){1,3}to\s)?[“"«][^“”"«»]+[”"»][.,!?]?$/u;
