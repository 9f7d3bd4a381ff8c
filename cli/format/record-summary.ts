import type { Attendance, ExtractionError, PressRecord, Quote } from '../../lambdas/model/press-record.ts';
import { truncate } from './text-cells.ts';

const QUOTE_WIDTH = 140;

/**
 * A record as a few readable lines for a person at a terminal (the `extract` default output).
 *
 * @example
 * formatRecordSummary(record)
 * // samples/a.txt
 * //   published      2025-06-18
 * //   organizations  China Media Group (CMG)
 * //   …
 */
export function formatRecordSummary(record: PressRecord): string {
  const lines = [
    record.source,
    field('published', record.publishedDate ?? '(not stated)'),
    field('dates', list(record.dates.map((d) => `${d.date} (${truncate(d.text, 40)})`))),
    field('organizations', list(record.organizations.map((o) => withAliases(o.name, o.aliases)))),
    field(
      'people',
      list(record.people.map((p) => withAliases(p.name, p.aliases) + (p.title ? `, ${p.title}` : ''))),
    ),
    field('locations', list(record.locations.map((l) => withAliases(l.name, l.aliases ?? [])))),
    field('quotes', record.quotes.length === 0 ? '(none)' : String(record.quotes.length)),
    ...record.quotes.map(formatQuote),
    field('attendance', record.attendance.length === 0 ? '(none)' : String(record.attendance.length)),
    ...record.attendance.map(formatAttendance),
  ];
  return lines.join('\n');
}

/** An input that could not be processed, in the same shape as a summary. */
export function formatErrorSummary(failure: ExtractionError): string {
  return [failure.source, field('error', `${failure.error.code}: ${failure.error.message}`)].join('\n');
}

function field(label: string, value: string): string {
  return `  ${label.padEnd(14)} ${value}`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.join('; ');
}

function withAliases(name: string, aliases: readonly string[]): string {
  return aliases.length === 0 ? name : `${name} (${aliases.join(', ')})`;
}

function formatQuote(quote: Quote): string {
  const speaker = quote.speaker ?? '(no speaker)';
  const text = truncate(quote.text, QUOTE_WIDTH);
  return `    - ${speaker} [${quote.type}]: ${quote.type === 'direct' ? `\u201C${text}\u201D` : text}`;
}

function formatAttendance(attendance: Attendance): string {
  return `    - ${attendance.qualifier} ${attendance.count}: ${truncate(attendance.text, QUOTE_WIDTH)}`;
}
