import type { Token } from './speech-tokens.ts';

/** Conjunctions that turn a sentence to another subject's statement ("..., while Doe noted that ..."). */
const TURNING = new Set(['while', 'whereas', 'but', 'and', 'although', 'though']);
/** Conjunctions that turn the sentence without a comma before them. */
const TURNING_WITHOUT_COMMA = new Set(['while', 'whereas']);
/** Words a subject between the conjunction and its verb may have ("the deputy minister"). */
const SUBJECT_WORDS = 5;

/**
 * Where a reported clause ends because the sentence turns to a new subject with its own speech verb
 * at `tokens[verbIndex]`: "Doe said costs fell, while Roe noted that ..." ends Doe's statement after
 * "fell". The conjunction follows a comma (or is "while"/"whereas") and only a short subject stands
 * between it and the verb. Null when the verb continues the open clause.
 *
 * @example
 * // tokens of 'Doe said costs fell, while Roe noted that sales rose', verb 'noted' at index 6
 * clauseTurnBefore(text, tokens, 6) // 19, the end of 'fell'
 */
export function clauseTurnBefore(text: string, tokens: readonly Token[], verbIndex: number): number | null {
  for (let j = verbIndex - 2; j >= Math.max(1, verbIndex - 1 - SUBJECT_WORDS); j--) {
    const conjunction = tokens[j];
    const before = tokens[j - 1];
    if (conjunction === undefined || before === undefined) return null;
    if (!TURNING.has(conjunction.lower)) continue;
    const gap = text.slice(before.end, conjunction.start);
    if (/[.!?"“”«»]/u.test(gap)) return null;
    if (TURNING_WITHOUT_COMMA.has(conjunction.lower) || /[,;]/u.test(gap)) return before.end;
    return null;
  }
  return null;
}
