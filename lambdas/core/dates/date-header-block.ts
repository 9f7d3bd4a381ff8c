import { opensListItem } from '../list-items.ts';
import type { TextSpan } from '../types.ts';

/**
 * One line of a release's header block. `text` is the line with Markdown markup blanked out (same
 * length, so offsets still point into the working text); `body` marks the first line of running prose,
 * the last line of the block, where only a dateline can still state the publication date.
 */
export interface HeaderLine extends TextSpan {
  readonly body: boolean;
  /** A list item ("- 3 March: opening"): a programme entry, never a date line. */
  readonly listItem: boolean;
}

/** The header block lies in the first few hundred characters: release lines, headlines, a byline. */
const HEADER_BUDGET = 600;
const MAX_HEADER_LINES = 10;
/** A date line or dateline states its date within its first words; longer lines are read this far. */
const LINE_HEAD = 200;

/** Markdown headline, quote and emphasis marks: `# Title`, `> quote`, `**bold**`, `_em_`. */
const LINE_MARKUP = /^\s*(?:#{1,6}|>)(?=\s)/;
const EMPHASIS = /\*+|(?<![\p{L}\d])_+|_+(?![\p{L}\d])/gu;
/** A sentence end inside a line: full stop, then a capital, digit or opening quote. */
const INNER_SENTENCE_END = /[.!?]["”’)]*\s+["“‘(]?[\p{Lu}\d]/u;
const FINAL_SENTENCE_END = /[.!?]["”’)]*\s*$/u;
/**
 * A photo caption or credit ahead of the text ("Photo caption: …", "(Image: …)", "Pictured: …"): newsroom
 * pages put the picture first, and its caption is written as a sentence without being the release.
 */
const CAPTION_LABEL =
  /^\W*(?:(?:photo(?:graph)?|picture|image|video)(?:\s+(?:caption|credit))?|caption|credit|pictured|above|top|left|right)\s*[:|–—-]/i;

/**
 * Cuts the header block of a release: the lines before the first full paragraph of prose (release
 * labels, headlines, subheadlines, bylines, a date line, a photo caption), and that first prose line, whose opening may
 * be a dateline. Reads at most {@link HEADER_BUDGET} characters of lines, so the cost is bounded
 * whatever the length of the release.
 *
 * @example
 * readHeaderBlock('FOR IMMEDIATE RELEASE\nMarch 3, 2026\n\nTown opens hall\n\nThe town opened its new hall on Monday after two years of work, the mayor said.')
 *   .map((line) => line.body) // [false, false, false, true]
 */
export function readHeaderBlock(text: string): HeaderLine[] {
  const lines: HeaderLine[] = [];
  let position = 0;
  while (position < text.length && position < HEADER_BUDGET && lines.length < MAX_HEADER_LINES) {
    const newline = text.indexOf('\n', position);
    const lineEnd = newline < 0 ? text.length : newline;
    const raw = text.slice(position, Math.min(lineEnd, position + LINE_HEAD));
    if (raw.trim() !== '') {
      const body =
        !CAPTION_LABEL.test(raw) &&
        isProse(text.slice(position, Math.min(lineEnd, position + HEADER_BUDGET)));
      const listItem = opensListItem(raw);
      lines.push({ start: position, end: position + raw.length, text: blankMarkup(raw), body, listItem });
      if (body) break;
    }
    if (newline < 0) break;
    position = newline + 1;
  }
  return lines;
}

/** Replaces Markdown marks with spaces, keeping every other character where it was. */
function blankMarkup(line: string): string {
  const withoutLineMark = line.replace(LINE_MARKUP, (mark) => ' '.repeat(mark.length));
  return withoutLineMark.replace(EMPHASIS, (mark) => ' '.repeat(mark.length));
}

/**
 * A line of running prose rather than a headline: long, or several words ending in a full stop, or
 * two sentences. Headlines and subheadlines rarely end with a full stop; paragraphs of prose do.
 */
function isProse(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > LINE_HEAD) return true;
  const words = trimmed.split(/\s+/).length;
  if (words >= 12 && FINAL_SENTENCE_END.test(trimmed)) return true;
  return words >= 10 && INNER_SENTENCE_END.test(trimmed);
}
