import nlp from 'compromise';
import { readHeaderBlock } from '../dates/date-header-block.ts';
import type { TextSpan } from '../types.ts';

/** Words a headline in title case leaves in lower case ("Opens Plant in Leeds", "Raises $12 Million to …"). */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'into',
  'onto',
  'over',
  'per',
  'via',
  'vs',
  'up',
]);
/** A headline states its news in a few words; fewer are a name or a label. */
const MIN_HEADLINE_WORDS = 3;
/** A word with a letter: what title case is judged on (not "$12", "2026", "–"). */
const LETTERED = /\p{L}/u;
const OPENS_UPPER = /^[^\p{L}]*\p{Lu}/u;

/**
 * The headlines in title case at the top of a release ("Brightwater Analytics Raises $12 Million to
 * Expand Flood Forecasting", also in capitals): header lines whose every word but the minor ones opens
 * with a capital and that tell news with a verb ("Raises", "Opens", "Names"). In such a line a capital
 * marks no name, so the runs of capitals there cut names wrongly ("Analytics Raises"). An issuer's
 * line ("Press Release | Ministry of Health") tells no news and is no headline. compromise reads every
 * word of a title-case line as a name, so the line is read again in lower case for its verb (a few
 * short lines at the top, whatever the length of the release).
 *
 * @example
 * headlineSpans('Kessel Robotics Opens Plant in Leeds\n\nLEEDS -- Kessel Robotics opened a plant.')
 * // [{ start: 0, end: 36, text: 'Kessel Robotics Opens Plant in Leeds' }]
 */
export function headlineSpans(text: string): TextSpan[] {
  return readHeaderBlock(text)
    .filter((line) => !line.body && !line.listItem && isTitleCased(line.text) && tellsNews(line.text))
    .map((line) => ({ start: line.start, end: line.end, text: text.slice(line.start, line.end) }));
}

function isTitleCased(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => LETTERED.test(word));
  if (words.length < MIN_HEADLINE_WORDS) return false;
  return words.every((word, index) => OPENS_UPPER.test(word) || (index > 0 && MINOR_WORDS.has(word)));
}

/**
 * Words compromise may read as verbs that tell no news: release labels ("News Releases") and past forms
 * that names use as adjectives ("Kessel Robotics Limited", "Applied Materials", "United Growers").
 */
const NO_NEWS_VERBS = new Set([
  'releases',
  'updates',
  'news',
  'notes',
  'briefs',
  'limited',
  'incorporated',
  'united',
  'associated',
  'consolidated',
  'integrated',
  'advanced',
  'applied',
  'allied',
  'registered',
]);

/** A verb of news in the third person or the past after the line's first word ("X Opens", "X Named"). */
function tellsNews(line: string): boolean {
  const terms = nlp(line.toLowerCase()).json() as {
    terms: { text: string; tags: string[] }[];
  }[];
  return terms
    .flatMap((sentence) => sentence.terms)
    .some(
      (term, index) =>
        index > 0 &&
        !NO_NEWS_VERBS.has(term.text) &&
        (term.tags.includes('PastTense') || (term.tags.includes('PresentTense') && term.text.endsWith('s'))),
    );
}

/**
 * Whether a name found in a headline is written again outside the headlines (any case, whole words):
 * a headline repeats the news of the text, so a name that is only there was most likely cut from a
 * run of title-case words.
 *
 * @example
 * isNamedOutside('Kessel Robotics Opens Plant\n\nKessel Robotics opened it.', 'Kessel Robotics', spans) // true
 * isNamedOutside('Kessel Robotics Opens Plant\n\nKessel Robotics opened it.', 'Robotics Opens', spans) // false
 */
export function isNamedOutside(text: string, name: string, headlines: readonly TextSpan[]): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'giu');
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (!headlines.some((line) => at >= line.start && at < line.end)) return true;
  }
  return false;
}
