import { createRequire } from 'node:module';
import type { DateMention, Location, Organization, Person, PressRecord } from '../../model/press-record.ts';
import type { ExtractOptions } from '../types.ts';

/**
 * The bare compromise extractor that `pressline eval --baseline` scores next to ours: compromise's own
 * `.people()`, `.organizations()`, `.places()` and the `compromise-dates` plugin, no vocabulary of
 * ours, no quotes, no attendance. It tells how much our rules add over the library alone.
 *
 * It loads compromise's CommonJS build on purpose: that is a second, separate compromise world, so
 * neither our plugins (registered on the ES module's world by `world.ts`) reach the baseline, nor does
 * the dates plugin registered here reach our extractors.
 */
const requireCommonJs = createRequire(import.meta.url);

interface BareListing {
  out(format: 'array'): string[];
}

interface BareDateMatch {
  readonly text: string;
  readonly dates?: { readonly start?: string | null; readonly unit?: string };
}

interface BareDocument {
  people(): BareListing;
  organizations(): BareListing;
  places(): BareListing;
  dates(options: { today: string; timezone: string }): { json(): BareDateMatch[] };
}

interface BareNlp {
  (text: string): BareDocument;
  plugin(plugin: unknown): void;
}

const bareNlp = requireCommonJs('compromise') as BareNlp;
bareNlp.plugin(requireCommonJs('compromise-dates'));

/** compromise-dates needs some "today"; dates resolved against it are dropped unless they state a year. */
const NO_ANCHOR = '2000-01-01';

/**
 * Extracts a record with bare compromise (the evaluation baseline). Pure and deterministic.
 *
 * @example
 * extractBareBaseline('June 18, 2025\n\nDr. Amina Okafor visited Kenya.').people
 * // [{ name: 'Dr. Amina Okafor', aliases: [] }] (compromise keeps the title)
 */
export function extractBareBaseline(text: string, options: ExtractOptions = {}): PressRecord {
  const document = bareNlp(text);
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  // A publication date states its year; a year-less date on the first line is no header.
  const headerDates = dayMentions(bareNlp(firstLine), NO_ANCHOR).filter((mention) => hasYear(mention.text));
  const publishedDate = headerDates[0]?.date ?? null;
  const anchor = publishedDate ?? options.referenceDate ?? null;
  const dates = dayMentions(document, anchor ?? NO_ANCHOR).filter(
    (mention) => anchor !== null || hasYear(mention.text),
  );
  return {
    source: options.source ?? '-',
    publishedDate,
    dates: uniqueBy(dates, (mention) => mention.date),
    organizations: names(document.organizations()).map((name): Organization => ({ name, aliases: [] })),
    people: names(document.people()).map((name): Person => ({ name, aliases: [] })),
    locations: names(document.places()).map((name): Location => ({ name, aliases: [] })),
    quotes: [],
    attendance: [],
  };
}

function hasYear(text: string): boolean {
  return /\b\d{4}\b/.test(text);
}

function dayMentions(document: BareDocument, today: string): DateMention[] {
  return document
    .dates({ today, timezone: 'UTC' })
    .json()
    .flatMap((match) => {
      const start = match.dates?.start;
      const mentionText = match.text.trim().replace(/[.,;:]+$/, '');
      if (match.dates?.unit !== 'day' || !start || mentionText === '') return [];
      return [{ text: mentionText, date: start.slice(0, 10) }];
    });
}

/** The distinct names of a listing, with edge punctuation and possessives compromise leaves on. */
function names(listing: BareListing): string[] {
  const cleaned = listing
    .out('array')
    .map((name) => name.replace(/['\u2019]s$/u, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((name) => name !== '');
  return uniqueBy(cleaned, (name) => name.toLowerCase());
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}
