import type { VerbGroup } from '../nlp/verb-tenses.ts';
import type { TextSpan } from '../types.ts';
import type { WeekdayDirection } from './date-relative.ts';

/** How far from a weekday its verb is looked for, so each look stays bounded. */
const VERB_REACH = 120;

/**
 * Which way a bare weekday points, from the tense of its verb: the nearest verb group before it in
 * the sentence ("would visit X on Wednesday", "closed on Sunday"), else the nearest after it ("on
 * Tuesday approved"), within its clause (a semicolon ends one). A past verb points back,
 * any other forward; both include the reference day itself, so "on Monday" in a release dated
 * Monday is that day. Null when no verb is near.
 *
 * @example
 * // 'The council on Tuesday approved the plan.', verb group 'approved' (past) after the weekday
 * weekdayDirectionByTense(groups, { start: 15, end: 22, text: 'Tuesday' }, sentence) // 'past'
 */
export function weekdayDirectionByTense(
  groups: readonly VerbGroup[],
  mention: TextSpan,
  sentence: TextSpan,
): WeekdayDirection | null {
  const after = firstGroupFrom(groups, mention.end);
  const before = groups[after - 1];
  const from = clauseStart(sentence, mention.start);
  const to = clauseEnd(sentence, mention.end);
  let group: VerbGroup | undefined;
  if (before !== undefined && before.start >= from && before.end <= mention.start) group = before;
  else {
    const next = groups[after];
    if (next !== undefined && next.start < to) group = next;
  }
  if (group === undefined) return null;
  return group.tense === 'past' ? 'past' : 'future';
}

// A colon is no clause break here: titles hold them ("will open *Salt: Coastal Weavers* on Saturday").

/**
 * Where a clause opens inside a sentence: a semicolon, or a relative clause set off by a comma
 * ("travelled to Osk, where on Wednesday she will lay ..."), which has a tense of its own.
 */
const CLAUSE_OPENING = /;|,\s+(?:where|when|which|who|while)\b/g;

/** Where the clause of `position` starts: the last clause opening before it, within reach. */
function clauseStart(sentence: TextSpan, position: number): number {
  const from = Math.max(sentence.start, position - VERB_REACH);
  let start = from;
  for (const match of sentence.text
    .slice(from - sentence.start, position - sentence.start)
    .matchAll(CLAUSE_OPENING))
    start = from + match.index + match[0].length;
  return start;
}

/** Where the clause of `position` ends: a semicolon after it, within reach. */
function clauseEnd(sentence: TextSpan, position: number): number {
  const to = Math.min(sentence.end, position + VERB_REACH);
  const stop = sentence.text.slice(position - sentence.start, to - sentence.start).indexOf(';');
  return stop < 0 ? to : position + stop;
}

/** Index of the first group that starts at or after `position` (binary search). */
function firstGroupFrom(groups: readonly VerbGroup[], position: number): number {
  let low = 0;
  let high = groups.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((groups[mid]?.start ?? 0) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}
