import type { ReleaseText, TextSpan } from '../types.ts';

/** Words between a pair of quotation marks, possibly running over several paragraphs. */
export interface QuotedSpan {
  /** Position of the opening mark. */
  readonly openAt: number;
  /** Position of the closing mark, or null when the quote runs to the end of its last paragraph unclosed. */
  readonly closeAt: number | null;
  /** The inside of the marks in each paragraph the quote covers (one piece unless it spans paragraphs). */
  readonly pieces: readonly TextSpan[];
  /** `"` “ ” « » „ are double; ‘ ’ and `'` are single (usually a nested quote, a term or a title). */
  readonly family: 'double' | 'single';
  readonly firstParagraph: number;
  readonly lastParagraph: number;
}

const DOUBLE_OPENERS = '\u201C\u00AB\u201E';
const DOUBLE_CLOSERS = '\u201D\u00BB';
/** Stands for "no further mark"; larger than any paragraph end, and fits an Int32Array. */
const NO_MARK = 2 ** 31 - 1;

/**
 * Finds every quoted span of the release in one left-to-right pass. Straight marks are told apart by
 * their neighbours (an opener follows a space or the paragraph start, a closer follows a non-space
 * and precedes no letter), so that apostrophes ("it's", "Xuemo’s") never open or close a quote.
 * A paragraph that opens a quote and does not close it continues in the next paragraph when that one
 * reopens with a quotation mark.
 *
 * A closed pair with no letter or digit inside ('""', '“ ”') is no quotation and gives no span.
 *
 * Linear in the length of the text: the next possible closing mark of each family is precomputed for
 * every position, so an unclosed opener costs one lookup, not a rescan.
 *
 * @example
 * const release = prepareText('“We are ready,” she said.');
 * findQuotedSpans(release)[0].pieces[0].text // 'We are ready,'
 */
export function findQuotedSpans(release: ReleaseText): QuotedSpan[] {
  const { text, paragraphs } = release;
  const nextDoubleClose = indexNextMarks(text, (i) => isDoubleCloser(text, i));
  const nextSingleClose = indexNextMarks(text, (i) => isSingleCloser(text, i));
  const spans: QuotedSpan[] = [];
  let pending: { openAt: number; pieces: TextSpan[]; firstParagraph: number } | null = null;

  paragraphs.forEach((paragraph, index) => {
    let i = paragraph.start;
    if (pending !== null && !isDoubleOpener(text, firstNonSpace(text, i, paragraph.end))) {
      spans.push(closeUnfinished(pending, index - 1));
      pending = null;
    }
    while (i < paragraph.end) {
      if (isDoubleOpener(text, i)) {
        const close = nextDoubleClose[i + 1] ?? NO_MARK;
        // A closed pair with no word inside quotes nothing: skipping it keeps a run of empty pairs
        // from allocating a span each (garbage collection then grew faster than the text).
        if (pending === null && close < paragraph.end && !hasWordBetween(text, i + 1, close)) {
          i = close + 1;
          continue;
        }
        const inside = Math.min(close, paragraph.end);
        const piece = spanOf(text, i + 1, inside);
        const open: { openAt: number; pieces: TextSpan[]; firstParagraph: number } = pending ?? {
          openAt: i,
          pieces: [],
          firstParagraph: index,
        };
        pending = null;
        open.pieces.push(piece);
        if (close < paragraph.end) {
          spans.push({ ...open, closeAt: close, family: 'double', lastParagraph: index });
          i = close + 1;
          continue;
        }
        pending = open;
        break;
      }
      if (isSingleOpener(text, i)) {
        const close = nextSingleClose[i + 1] ?? NO_MARK;
        if (close < paragraph.end && !hasWordBetween(text, i + 1, close)) {
          i = close + 1;
          continue;
        }
        if (close < paragraph.end) {
          spans.push({
            openAt: i,
            closeAt: close,
            pieces: [spanOf(text, i + 1, close)],
            family: 'single',
            firstParagraph: index,
            lastParagraph: index,
          });
          i = close + 1;
          continue;
        }
      }
      i++;
    }
  });
  if (pending !== null) spans.push(closeUnfinished(pending, paragraphs.length - 1));
  return spans;
}

/** The words of a quoted span as one string: pieces joined by a space, the trailing comma dropped. */
export function quotedText(span: QuotedSpan): string {
  const joined = span.pieces
    .map((piece) => piece.text.trim())
    .filter((piece) => piece.length > 0)
    .join(' ');
  return trimEndOf(joined, ' \t\n,;');
}

/**
 * The words of a quoted span paragraph by paragraph: a quotation that runs over paragraphs is one
 * quote per paragraph (each paragraph reopens with a mark), trailing commas dropped, empty parts left out.
 *
 * @example
 * // '"We start today.\n\n"We finish in May," she said.' → ['We start today.', 'We finish in May']
 */
export function quotedParts(span: QuotedSpan): string[] {
  return span.pieces
    .map((piece) => trimEndOf(piece.text.trim(), ' \t\n,;'))
    .filter((piece) => piece.length > 0);
}

/** Drops trailing characters from `chars` (a loop: a regex like /[\s,]+$/ is quadratic on long runs). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

function closeUnfinished(
  open: { openAt: number; pieces: TextSpan[]; firstParagraph: number },
  lastParagraph: number,
): QuotedSpan {
  return { ...open, closeAt: null, family: 'double', lastParagraph };
}

function spanOf(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/u.test(text[i] ?? '')) i++;
  return i;
}

/** For every position, the index of the first mark at or after it that `isMark` accepts (or NO_MARK). */
function indexNextMarks(text: string, isMark: (i: number) => boolean): Int32Array {
  const next = new Int32Array(text.length + 1);
  let upcoming = NO_MARK;
  next[text.length] = upcoming;
  for (let i = text.length - 1; i >= 0; i--) {
    if (isMark(i)) upcoming = i;
    next[i] = upcoming;
  }
  return next;
}

function hasWordBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordChar(text[i])) return true;
  return false;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/u.test(char);
}

/** A straight or single mark opens when nothing word-like stands before it and a non-space follows. */
function opensByContext(text: string, i: number): boolean {
  const before = text[i - 1];
  return !isWordChar(before) && !'.,;!?'.includes(before ?? ' ') && !isSpace(text[i + 1]);
}

/** A straight or single mark closes when a non-space stands before it and no letter follows. */
function closesByContext(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

/** The spaces French typography puts inside guillemets: a space, a no-break space, a narrow one. */
const FRENCH_SPACE = /^[ \u00A0\u202F]$/u;

function isDoubleOpener(text: string, i: number): boolean {
  const char = text[i];
  if (char === undefined) return false;
  // French typography sets a space inside guillemets ("« Nous partons »"): one space, then a word.
  if (char === '\u00AB' && FRENCH_SPACE.test(text[i + 1] ?? '')) return isWordChar(text[i + 2]);
  if (DOUBLE_OPENERS.includes(char)) return !isSpace(text[i + 1]);
  return char === '"' && opensByContext(text, i);
}

function isDoubleCloser(text: string, i: number): boolean {
  const char = text[i];
  if (char === undefined) return false;
  if (DOUBLE_CLOSERS.includes(char)) return true;
  // '"' closes by context, and so does “ where it closes a low „ opener (German style: „...“).
  return (char === '"' || char === '\u201C') && closesByContext(text, i);
}

function isSingleOpener(text: string, i: number): boolean {
  const char = text[i];
  return (char === '\u2018' || char === "'") && opensByContext(text, i);
}

function isSingleCloser(text: string, i: number): boolean {
  const char = text[i];
  return (char === '\u2019' || char === "'") && closesByContext(text, i);
}
