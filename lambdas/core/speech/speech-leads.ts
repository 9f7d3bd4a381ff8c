import type { Token } from './speech-tokens.ts';

/** Forms of "be" and "have" that open a passive or perfect lead ("was quoted as", "has been quoted as"). */
const AUXILIARIES = new Set(['was', 'is', 'were', 'are', 'been', 'has', 'have', 'had', 'be']);
/** Verbs that go on to a speech verb: "went on to say", "proceeded to explain". */
const CONTINUING = new Set(['went', 'goes', 'go', 'proceeded', 'proceeds']);

/** Verbs of opening, closing or answering that a speech gerund after "by" goes on with. */
const FRAMING_VERBS = new Set([
  'opened',
  'opens',
  'closed',
  'closes',
  'concluded',
  'concludes',
  'began',
  'begins',
  'started',
  'starts',
  'ended',
  'ends',
  'welcomed',
  'welcomes',
  'responded',
  'replied',
  'reacted',
]);

/** How many words the object of a framing verb may have before "by" ("the second day's debate"). */
const FRAMED_OBJECT_REACH = 5;

/**
 * Where a lead phrase between a subject and its speech verb at `tokens[verbIndex]` starts, so the
 * subject is read before it: "Doe was quoted as saying that ...", "Doe has been quoted as saying
 * ...", "Doe went on to say that ...", "Doe proceeded to explain ...". Null when the verb has no lead.
 *
 * @example
 * // tokens of 'Doe was quoted as saying that it works', verb 'saying' at index 4
 * speechLeadStart(tokens, 4) // 4, the start of 'was'
 */
export function speechLeadStart(tokens: readonly Token[], verbIndex: number): number | null {
  const lower = (offset: number) => tokens[verbIndex - offset]?.lower;
  if (lower(1) === 'as' && lower(2) === 'quoted' && AUXILIARIES.has(lower(3) ?? '')) {
    let first = verbIndex - 3;
    while (first > 0 && AUXILIARIES.has(tokens[first - 1]?.lower ?? '')) first--;
    return tokens[first]?.start ?? null;
  }
  if (lower(1) === 'to' && lower(2) === 'on' && CONTINUING.has(lower(3) ?? '')) {
    return tokens[verbIndex - 3]?.start ?? null;
  }
  if (lower(1) === 'to' && (lower(2) === 'proceeded' || lower(2) === 'proceeds')) {
    return tokens[verbIndex - 2]?.start ?? null;
  }
  if (lower(1) === 'by') return framingVerbStart(tokens, verbIndex - 1);
  return null;
}

/** "opened the debate by": the framing verb before "by" at `byIndex`, its object in lower case between. */
function framingVerbStart(tokens: readonly Token[], byIndex: number): number | null {
  for (let at = byIndex - 1; at >= 0 && at >= byIndex - 1 - FRAMED_OBJECT_REACH; at--) {
    const token = tokens[at];
    if (token === undefined || token.text !== token.lower) return null;
    if (FRAMING_VERBS.has(token.lower)) return token.start;
  }
  return null;
}
