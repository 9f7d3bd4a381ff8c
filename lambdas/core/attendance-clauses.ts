import type { TextSpan } from './types.ts';

/**
 * Where a sentence turns to another statement: a semicolon, the end of a quoted sentence inside it,
 * or a comma before "while", "whereas", "but", "along with" .... Not ", and": it mostly joins a list.
 * Literal alternatives after a fixed prefix keep the scan linear.
 */
const CLAUSE_BREAK =
  /;\s|[.!?]["”]\s+|,\s+(?=(?:while|whereas|but|although|though|along with|as well as|which|who)\b)|\s(?=(?:while|whereas)\s)/gi;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;

/**
 * The clause of a sentence that holds the stretch `start`-`end` (offsets into the sentence).
 *
 * @example
 * clauseAround('It drew 300 guests, while 20 staff served them.', 8, 18).text // 'It drew 300 guests'
 */
export function clauseAround(sentence: string, start: number, end: number): TextSpan {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) clauseStart = breakEnd;
    else if (match.index >= end) {
      clauseEnd = match.index;
      break;
    }
  }
  const raw = sentence.slice(clauseStart, clauseEnd);
  const text = raw.trimStart().replace(TRAILING_PUNCTUATION, '');
  const textStart = clauseStart + (raw.length - raw.trimStart().length);
  return { start: textStart, end: textStart + text.length, text };
}
