import type { Token } from './speech-tokens.ts';

/** Forms of "be" and "have" that open a passive or perfect lead ("was quoted as", "has been quoted as"). */
const AUXILIARIES = new Set(['was', 'is', 'were', 'are', 'been', 'has', 'have', 'had', 'be']);
/** Verbs that go on to a speech verb: "went on to say", "proceeded to explain". */
const CONTINUING = new Set(['went', 'goes', 'go', 'proceeded', 'proceeds']);

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
  return null;
}
