import { unwrapLines } from './line-unwrap.ts';
import type { ReleaseText, Sentence, TextSpan } from './types.ts';

/**
 * Normalizes a release into the working text every extractor reads, and cuts it into paragraphs and
 * sentences. Normalization keeps words and punctuation as written (quotation-mark styles included),
 * so that every span an extractor returns is a slice of the working text.
 *
 * @example
 * prepareText('Hello.\r\n\r\nWorld.').paragraphs.length // 2
 */
export function prepareText(raw: string): ReleaseText {
  const text = unwrapLines(normalizeWhitespace(raw));
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((paragraph, index) => splitSentences(text, paragraph, index));
  return { text, paragraphs, sentences };
}

function normalizeWhitespace(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t\f\v]/g, ' ')
    .replace(/[\u200B\u200E\u200F]/g, '')
    .replace(/[\u2028\u2029]/g, '\n');
}

function splitParagraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?![ ]*\n)[^\n]+)*/g)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'vs',
  'etc',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'approx',
  'dept',
  'univ',
  'assn',
  'est',
  'fig',
  'ft',
  'ave',
  'blvd',
  'rd',
]);

/** Characters after an opening quotation mark beyond which a full stop ends a sentence again. */
const MAX_QUOTED_SENTENCE = 600;

const OPENING_QUOTES = '"\u201C\u00AB\u201E';
const CLOSING_QUOTES = '"\u201D\u00BB';

/**
 * What opens the next sentence after a full stop: a space, maybe an opening mark, then a capital or a
 * digit. French guillemets keep a space inside them ("said. « No child ..."), which may stand after the mark.
 */
const SENTENCE_OPENING = /^\s+(?:\u00AB\s?|["\u201C\u201E\u2018'(])?[\p{Lu}\d]/u;

/**
 * Splits a paragraph into sentences at `.`, `!` or `?` followed by space and a capital, digit or quote.
 * A full stop inside quotation marks ends no sentence (a quote and its "he said" stay together), nor one
 * after an abbreviation or a single initial ("John F. Kennedy").
 */
function splitSentences(text: string, paragraph: TextSpan, paragraphIndex: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = paragraph.start;
  let insideQuote = false;
  let lowOpened = false;
  let quoteOpenedAt = 0;
  let parenthesisDepth = 0;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const char = text[i] ?? '';
    const wasInsideQuote = insideQuote;
    if (char === '"') insideQuote = !insideQuote;
    // German and Icelandic style: a low „ opens and a high “ closes ("„Wir sind bereit,“ sagte sie").
    else if (char === '\u201C' && lowOpened && insideQuote) insideQuote = false;
    else if (OPENING_QUOTES.includes(char)) insideQuote = true;
    else if (CLOSING_QUOTES.includes(char)) insideQuote = false;
    else if (char === '(') parenthesisDepth++;
    else if (char === ')') parenthesisDepth = Math.max(0, parenthesisDepth - 1);
    if (insideQuote && !wasInsideQuote) {
      quoteOpenedAt = i;
      lowOpened = char === '\u201E';
    }
    // A quotation mark left open (a typo, or a quote that runs on into the next paragraph) must not
    // keep the rest of a long paragraph in one sentence.
    if (insideQuote && i - quoteOpenedAt > MAX_QUOTED_SENTENCE) insideQuote = false;
    // A quoted sentence that closes with its own full stop ends there too: `"Ready." The race began.`
    const closesQuotedSentence = wasInsideQuote && !insideQuote && '.!?'.includes(text[i - 1] ?? '');
    const endsSentence = '.!?'.includes(char) && !insideQuote;
    if ((!closesQuotedSentence && !endsSentence) || parenthesisDepth > 0) continue;
    let end = i + 1;
    while (
      end < paragraph.end &&
      (CLOSING_QUOTES.includes(text[end] ?? '') || (lowOpened && text[end] === '\u201C'))
    )
      end++;
    const next = text.slice(end, end + 4);
    if (!SENTENCE_OPENING.test(next) && end < paragraph.end) continue;
    if (char === '.' && endsWithAbbreviation(text.slice(Math.max(sentenceStart, i - 24), i))) continue;
    pushSpan(sentences, text, sentenceStart, end, paragraphIndex);
    sentenceStart = end;
    insideQuote = false;
  }
  pushSpan(sentences, text, sentenceStart, paragraph.end, paragraphIndex);
  return sentences;
}

/**
 * "Dr. med. Jane Doe", "Dr. rer. nat. Jane Doe": the field of a German doctorate, cut short in lower case
 * after "Dr.", is part of the title before the name.
 */
const DOCTORATE_FIELD =
  /\bDr\.(?:\s+(?:med|phil|rer|nat|iur|jur|oec|pol|theol|sc|techn|dent|vet|habil|h\.c)\.)*\s+(?:med|phil|rer|nat|iur|jur|oec|pol|theol|sc|techn|dent|vet|habil|h\.c)$/u;

function endsWithAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word) || DOCTORATE_FIELD.test(before)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushSpan(into: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  const raw = text.slice(start, end);
  const trimmedStart = start + (raw.length - raw.trimStart().length);
  const trimmedEnd = start + raw.trimEnd().length;
  if (trimmedEnd > trimmedStart) {
    into.push({
      start: trimmedStart,
      end: trimmedEnd,
      text: text.slice(trimmedStart, trimmedEnd),
      paragraph,
    });
  }
}
