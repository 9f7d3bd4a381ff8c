import type { TextSpan } from '../types.ts';

/**
 * What a date in a header line stands for: the day the release was issued, the day it was updated,
 * or something else (an event in a headline, a date in a sentence).
 */
export type HeaderDateRole = 'publication' | 'update' | 'other';

/** Words of the labels that introduce a release or its date: "FOR IMMEDIATE RELEASE", "Published on". */
const LABEL_WORDS = new Set([
  'for',
  'immediate',
  'release',
  'releases',
  'news',
  'press',
  'media',
  'advisory',
  'statement',
  'note',
  'alert',
  'bulletin',
  'notice',
  'communique',
  'communiqué',
  'announcement',
  'situation',
  'update',
  'report',
  'briefing',
  'official',
  'joint',
  'embargoed',
  'embargo',
  'under',
  'strictly',
  'not',
  'until',
  'till',
  'before',
  'date',
  'dated',
  'issued',
  'published',
  'posted',
  'released',
  'issue',
  'on',
  'at',
  'of',
]);
/** Label words that say the date is the day of issue, so a preposition may follow ("Published on"). */
const ISSUE_WORDS = new Set([
  'date',
  'dated',
  'issue',
  'issued',
  'published',
  'posted',
  'release',
  'released',
  'embargoed',
  'embargo',
]);
const PREPOSITIONS = new Set(['on', 'at', 'of', 'for', 'until', 'till', 'before', 'under', 'not']);
/** A label that states the issue date outright: what follows the date may run on as text. */
const ISSUE_LABEL = /\b(?:date|dated|issued|published|posted|released)\b/i;
/** "Posted by the press office on": an issue label naming who issued the release. */
const ISSUED_BY = /^\s*(?:posted|published|issued|released)\s+by\s+[^,.;:|]{1,60}?\s+on\s*$/i;
/** A release's reference number in a label segment: "Press release no. 14/2026", "Ref. PR-7". */
const REFERENCE = /^(?:no\.?|nr\.?|ref\.?|#?[\p{Lu}]{0,3}-?\d[\d/.-]*)$/iu;
/** A later revision's date is not the day of issue; the search goes on past it. */
const UPDATE_LABEL = /\b(?:updated|last updated|modified|last modified|revised)\b/i;
/** Labels and nouns that put a date on an event: "When: ...", "Harbour Festival: ...". */
const EVENT_WORDS = new Set([
  'when',
  'where',
  'what',
  'time',
  'venue',
  'deadline',
  'event',
  'schedule',
  'programme',
  'program',
  'festival',
  'week',
  'day',
  'summit',
  'conference',
  'congress',
  'expo',
  'exhibition',
  'fair',
  'forum',
  'ceremony',
  'concert',
  'launch',
  'opening',
  'closing',
  'tournament',
  'championship',
  'championships',
  'cup',
  'marathon',
  'race',
  'match',
  'games',
  'gala',
  'meeting',
  'workshop',
  'webinar',
  'seminar',
  'symposium',
  'show',
]);
/** Lower-case words inside place names: "Port of Spain", "Rio de Janeiro", "Frankfurt am Main". */
const PLACE_CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'la',
  'le',
  'les',
  'el',
  'al',
  'es',
  'en',
  'upon',
  'on',
  'am',
  'im',
  'an',
  'der',
  'van',
  'von',
  'di',
  'y',
]);
const MAX_PLACE_WORDS = 5;
const MAX_PREFIX = 100;
const MAX_TAIL = 60;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|\.)?$|^(?:wednes|satur)day$/i;
const CAPITALIZED = /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u;
/** A news agency or wire in parentheses or slashes: "(Xinhua)", "/PRNewswire/". */
const AGENCY = /\([^()\n]{1,40}\)|\/[^/\s]{2,40}\//g;
/** What separates a label, a place, a wire and a date: "|", "–", " - ", ":", ",", "--". */
const SEPARATOR = /-{2,}|[|:;,–—•·/]|(?:^|\s)-(?=\s|$)/;
/** A clock time after the date: "@ 9:00 AM", "at 10.30 a.m.", "14:00 GMT". */
const CLOCK_TIME = /(?:@|\bat)?\s*\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?(?![\p{L}])|h(?:rs)?\b)?/giu;
/** A newsroom page's reading time beside its date: "8 October 2026 · 3 min read". */
const READING_TIME = /\b\d{1,3}[\s-]*(?:min|mins|minutes?)\.?\s+read\b/gi;
/** After a header date: nothing but capitals, digits and marks to the end of the line ("| LAGOS"). */
const HEADER_TAIL = /^[^\p{Ll}]{0,60}$/u;
/** After a dateline's date: a separator before any lower-case word ("/PRNewswire/ --", "(Agency) -"). */
const DATELINE_TAIL = /^[^\p{Ll}]{0,40}?(?:--|[—–|/(:@]|\s-\s)/u;

/**
 * Judges a date found in a header line by the words around it. A publication date stands in a line
 * that is mostly a date: before it only release labels, places, a weekday, an agency and separators
 * (`FOR IMMEDIATE RELEASE`, `SITUATION UPDATE |`, `Abuja,`, `CITY (Agency) -`), and after it the end
 * of the line, more such words, or the separator that opens the first sentence (a dateline).
 * `from` is where the words before the date begin (after an earlier date of the same line).
 *
 * @example
 * const day = { start: 7, end: 32, text: 'Wednesday 14 October 2026' };
 * judgeHeaderDate('Abuja, Wednesday 14 October 2026', day, 0) // 'publication'
 * judgeHeaderDate('Harbour Festival: 3 March 2026', { start: 18, end: 30, text: '3 March 2026' }, 0) // 'other'
 */
export function judgeHeaderDate(line: string, date: TextSpan, from: number): HeaderDateRole {
  const written = line.slice(from, date.start);
  // "Georgetown, Guyana – (March 9, 2026) Close to ...": a dateline's date in brackets, whose closing
  // bracket ends the dateline as a separator would.
  const bracketed = /\(\s*$/.test(written) && /^\s*\)/.test(line.slice(date.end));
  const prefix = bracketed ? written.replace(/\(\s*$/, '') : written;
  if (prefix.length > MAX_PREFIX) return 'other';
  if (UPDATE_LABEL.test(prefix)) return 'update';
  if (ISSUED_BY.test(prefix)) return 'publication';
  if (!isHeaderPrefix(prefix)) return 'other';
  if (ISSUE_LABEL.test(prefix) || bracketed) return 'publication';
  const suffix = line.slice(date.end).replace(READING_TIME, ' ').replace(CLOCK_TIME, ' ');
  return HEADER_TAIL.test(suffix) || isHeaderTail(suffix) || DATELINE_TAIL.test(suffix)
    ? 'publication'
    : 'other';
}

/**
 * Labels, places and agencies, the words just before the date being labels or a weekday only. Before
 * a release label ("press release") the issuer's name may be long: "Ministry of Agriculture of the
 * Republic of Lithuania, press release, 17 September 2026".
 */
function isHeaderPrefix(prefix: string): boolean {
  const segments = segmentsOf(prefix);
  const last = wordsOf(segments.pop() ?? '');
  if (!isLeadIn(last)) return false;
  const labelled = [last, ...segments.map(wordsOf)].some((words) =>
    words.some((word) => RELEASE_NOUNS.has(word.toLowerCase())),
  );
  return segments.every(
    (segment) => isHeaderSegment(segment) || (labelled && isName(wordsOf(segment), MAX_ISSUER_WORDS)),
  );
}

/** Nouns of a release label, after which the issuer may be named at any length. */
const RELEASE_NOUNS = new Set([
  'release',
  'statement',
  'communique',
  'communiqué',
  'announcement',
  'bulletin',
]);
const MAX_ISSUER_WORDS = 12;

/** The rest of a date line after its date: more labels, a place, a weekday (", Tuesday", "| Lagos"). */
function isHeaderTail(suffix: string): boolean {
  return suffix.length <= MAX_TAIL && segmentsOf(suffix).every(isHeaderSegment);
}

function segmentsOf(text: string): string[] {
  return text.replace(AGENCY, ' | ').split(SEPARATOR);
}

function isHeaderSegment(segment: string): boolean {
  const words = wordsOf(segment);
  const labels = words.filter((word) => !REFERENCE.test(word));
  return labels.length === 0 || isLeadIn(labels) || isPlace(words);
}

function wordsOf(segment: string): string[] {
  const trimmed = segment.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

/** Release labels, perhaps ending in a weekday: "FOR IMMEDIATE RELEASE", "Published on", "Tuesday". */
function isLeadIn(words: readonly string[]): boolean {
  const labels = WEEKDAY.test(words.at(-1) ?? '') ? words.slice(0, -1) : words;
  const lower = labels.map((word) => word.toLowerCase());
  if (!lower.every((word) => LABEL_WORDS.has(word))) return false;
  const lastWord = lower.at(-1);
  if (lastWord === undefined || !PREPOSITIONS.has(lastWord)) return true;
  return lower.some((word) => ISSUE_WORDS.has(word));
}

/** A short capitalized name that is no event: "NEW YORK", "Port of Spain", "CITY OF PORT ALDER". */
function isPlace(words: readonly string[]): boolean {
  return isName(words, MAX_PLACE_WORDS);
}

/** Capitalized words and the connectors of names, at most `maxWords`, no event word among them. */
function isName(words: readonly string[], maxWords: number): boolean {
  if (words.length > maxWords || !CAPITALIZED.test(words[0] ?? '')) return false;
  return words.every((word) => {
    const lower = word.toLowerCase();
    if (EVENT_WORDS.has(lower)) return false;
    return CAPITALIZED.test(word) || PLACE_CONNECTORS.has(lower);
  });
}
