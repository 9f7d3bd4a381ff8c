import type { TextSpan } from '../types.ts';

/**
 * Where a sentence turns to another statement: a semicolon, a new list item ("- 40 fans came"), the end of a quoted sentence inside it,
 * a comma before "while", "whereas", "but", "which" ... or before a speech verb that ends a subject's
 * relative clause ("X, who led 40 delegates, said ..."), or before a comparison ("..., up from 500"), or the words reported after a speech verb
 * ("officials said 2 million people ...", "the mayor told the gathering that 60 people ..."). Not ", and", "along with": they mostly continue a list.
 * Literal alternatives and a bounded look-behind keep the scan linear.
 */
const CLAUSE_BREAK =
  /;\s|\n\s*[-+*•]\s+|[.!?]["”]\s+|,\s+(?=(?:while|whereas|but|although|though|which|who|said|says|added|noted|told|(?:up|down) from|compared (?:with|to))\b)|\s(?=(?:while|whereas)\s)|(?<=\b(?:said|says|noted|added|stated|told reporters)(?: that)?)\s+|(?<=\b(?:told|assured|reminded|informed) (?:the |a |an )?\p{L}{1,30} that)\s+|(?<=\b(?:announced|reported|confirmed|explained|stressed|emphasi[sz]ed|highlighted) that)\s+/giu;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;
/** A clause is read within this many characters on either side, so long lines cost linear time. */
const REACH = 400;

/**
 * The clause of a sentence that holds the stretch `start`-`end` (offsets into the sentence).
 *
 * @example
 * clauseAround('It drew 300 guests, while 20 staff served them.', 8, 18).text // 'It drew 300 guests'
 */
export function clauseAround(sentence: string, start: number, end: number): TextSpan {
  const windowStart = Math.min(start, wordStartAtOrAfter(sentence, start - REACH));
  const windowEnd = Math.max(end, wordEndAtOrBefore(sentence, end + REACH));
  let clauseStart = windowStart;
  let clauseEnd = windowEnd;
  for (const match of sentence.slice(windowStart, windowEnd).matchAll(CLAUSE_BREAK)) {
    const breakStart = windowStart + match.index;
    const breakEnd = breakStart + match[0].length;
    if (breakEnd <= start) clauseStart = breakEnd;
    else if (breakStart >= end) {
      clauseEnd = breakStart;
      break;
    }
  }
  const raw = sentence.slice(clauseStart, clauseEnd);
  const text = raw.trimStart().replace(TRAILING_PUNCTUATION, '');
  const textStart = clauseStart + (raw.length - raw.trimStart().length);
  return { start: textStart, end: textStart + text.length, text };
}

function wordStartAtOrAfter(text: string, position: number): number {
  if (position <= 0) return 0;
  const space = text.indexOf(' ', position);
  return space < 0 ? position : space + 1;
}

function wordEndAtOrBefore(text: string, position: number): number {
  if (position >= text.length) return text.length;
  const space = text.lastIndexOf(' ', position);
  return space < 0 ? position : space;
}
