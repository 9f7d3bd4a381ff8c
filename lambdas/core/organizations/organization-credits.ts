import { type EntityContext, rangeTerms, type TermRange, termAfter } from '../entities/entity-context.ts';

/** Words for the staff a news agency sends ("Reported by TNA correspondents"). */
const NEWSROOM_STAFF = new Set(['correspondent', 'correspondents', 'reporter', 'reporters', 'journalists']);

/**
 * Whether the name is a news agency's credit outside the story: a name in capitals alone at the end of
 * a line, after a dash ("... on Monday. -- TNA") or in parentheses ("(TNA)"), or the agency whose staff
 * wrote the story ("Reported by TNA correspondents"). The credit at the head of a release is read with
 * its dateline elsewhere.
 *
 * @example
 * isClosingCredit(context, rangeOf('TNA')) // true in 'The deal was signed on Monday. -- TNA'
 */
export function isClosingCredit(context: EntityContext, range: TermRange): boolean {
  const words = rangeTerms(context, range);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || !words.every((word) => /^\p{Lu}{2,}$/u.test(word.text))) return false;
  const staff = termAfter(context, range);
  if (staff && NEWSROOM_STAFF.has(staff.text) && last.post === ' ') return true;
  const lineEnds =
    /^\)?\s*(?:\n|$)/.test(last.post) && (context.terms[range.to + 1] === undefined || /\n/.test(last.post));
  const dashed = /[–—-]\s*$/.test(first.pre) && !/\)/.test(last.post);
  const bracketed = first.pre.endsWith('(') && last.post.startsWith(')');
  return lineEnds && (dashed || bracketed) && opensLine(context, range);
}

/** Whether nothing but the credit's own marks sits between the line's start or a sentence's end and it. */
function opensLine(context: EntityContext, range: TermRange): boolean {
  const previous = context.terms[range.from - 1];
  return previous === undefined || /[.!?"”]\s*$/.test(previous.post) || /\n/.test(previous.post);
}
