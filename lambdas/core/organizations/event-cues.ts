import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';

/** Words that count editions of an event ("the third", "the inaugural"). */
const EDITION_WORDS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'inaugural',
  'annual',
  'biennial',
]);

/** Heads of names that may be an organization or its meeting ("Pacific Forum", "World Conference"). */
const MEETING_HEADS = new Set(['Forum', 'Conference', 'Assembly', 'Congress', 'Council']);

/**
 * Whether the context says a name headed like a meeting ("Forum", "Conference") is an event: an
 * edition word before it ("the third International Conference on X", "the annual Tarn Forum") or an
 * appositive that calls it an event ("the Silk Forum, a two-day trade fair,").
 *
 * @example
 * isMeetingEvent(context, rangeOf('Silk Forum')) // true in 'the Silk Forum, a two-day trade fair'
 */
export function isMeetingEvent(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const connector = terms.findIndex((term, index) => index > 0 && ['of', 'on', 'for'].includes(term.text));
  const head = connector > 0 ? terms[connector - 1] : terms[terms.length - 1];
  if (!head || !MEETING_HEADS.has(head.text)) return false;
  const before = termBefore(context, range);
  const after = termAfter(context, range);
  const last = terms[terms.length - 1];
  // "the first Acme Forum members": the edition word counts what the noun after the name names.
  const qualifiesNoun =
    after !== undefined && last?.post === ' ' && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  if (before && EDITION_WORDS.has(before.text.toLowerCase()) && !qualifiesNoun) return true;
  return appositiveNamesEvent(context, range);
}

/** "X, a two-day trade fair", "X, an event that ...": an appositive whose noun is an event word. */
function appositiveNamesEvent(context: EntityContext, range: TermRange): boolean {
  if (context.terms[range.to]?.post.trim() !== ',') return false;
  const article = termAfter(context, range);
  if (!article || !['a', 'an', 'the'].includes(article.text.toLowerCase())) return false;
  for (let distance = 2; distance <= 5; distance++) {
    const term = termAfter(context, range, distance);
    if (!term) return false;
    if (/^\p{Ll}/u.test(term.text) && (term.tags.has('EntEventWord') || term.text === 'event')) return true;
    if (/[,;.]/.test(term.post)) return false;
  }
  return false;
}
