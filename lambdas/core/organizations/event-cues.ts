import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { gathersPeople } from './event-gatherings.ts';

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

/** Heads of those names that people attend rather than sit on ("Forum", not "Council"). */
const GATHERING_HEADS = new Set(['Forum', 'Conference', 'Congress']);

/**
 * Whether the context says a name headed like a meeting ("Forum", "Conference") is an event: an
 * edition word before it ("the third International Conference on X", "the annual Tarn Forum") or an
 * appositive that calls it an event ("the Silk Forum, a two-day trade fair,"), or people gathering for it.
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
  // "the Kessel Forum drew 400 growers", "are attending the Tarn Conference": people gather for it.
  if (GATHERING_HEADS.has(head.text) && !qualifiesNoun && gathersPeople(context, range)) return true;
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

/** Seasons that make a school a course held once a year ("Summer School"); "Spring" also names water. */
const SEASONS = new Set(['Summer', 'Winter', 'Autumn']);

/** Heads that a season turns into a course: the teaching bodies' words. */
const SEASONAL_COURSE_HEADS = new Set(['School', 'Academy', 'Institute', 'University', 'Camp']);

/**
 * "the International Summer School on Timber Architecture", "the Kessel Winter Academy": a season before
 * a teaching body's head names a course held each year, an event, not the school that runs it.
 *
 * @example
 * isSeasonalCourse(context, rangeOf('International Summer School on Timber')) // true
 * isSeasonalCourse(context, rangeOf('Summer Hill School')) // false
 */
export function isSeasonalCourse(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const connector = terms.findIndex(
    (term, index) => index > 0 && ['of', 'on', 'for', 'in'].includes(term.text),
  );
  const head = connector > 0 ? connector - 1 : terms.length - 1;
  return SEASONAL_COURSE_HEADS.has(terms[head]?.text ?? '') && SEASONS.has(terms[head - 1]?.text ?? '');
}

/** Heads of a scheme's name, which also head agencies ("World Food Programme"). */
const SCHEME_HEADS = new Set(['Programme', 'Program']);

/** Prepositions that make what follows a means or a frame ("through the X Programme"). */
const MEANS_PREPOSITIONS = new Set(['through', 'under', 'via']);

/**
 * "support the lab through the Green Kessia Programme": a programme named after a country, after
 * "through", "under" or "via", is the scheme a government runs, not an agency; an agency's name
 * ("World Food Programme") names no country.
 *
 * @example
 * isNationalScheme(context, rangeOf('Green Kessia Programme')) // true after 'through the'
 */
export function isNationalScheme(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const head = terms[terms.length - 1];
  const before = termBefore(context, range);
  const preposition = before?.text.toLowerCase() === 'the' ? termBefore(context, range, 2) : before;
  return (
    SCHEME_HEADS.has(head?.text ?? '') &&
    MEANS_PREPOSITIONS.has(preposition?.text.toLowerCase() ?? '') &&
    terms.some((term) => term.tags.has('Country'))
  );
}

/**
 * "the Child Nutrition Programme of the Kessu Health Agency": a programme named with "of" and the body
 * that runs it is that body's scheme, not an agency of its own ("World Food Programme" names no owner).
 *
 * @example
 * isProgrammeOfBody(context, rangeOf('Child Nutrition Programme')) // true before 'of the Kessu Health Agency'
 */
export function isProgrammeOfBody(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const head = terms[terms.length - 1];
  if (!SCHEME_HEADS.has(head?.text ?? '') || termAfter(context, range)?.text !== 'of') return false;
  const article = termAfter(context, range, 2)?.text === 'the' ? 1 : 0;
  for (let distance = 2 + article; distance <= 10 + article; distance++) {
    const term = termAfter(context, range, distance);
    if (!term || !(/^\p{Lu}/u.test(term.text) || OWNER_CONNECTORS.has(term.text))) return false;
    if (term.tags.has('EntOrgSuffix') && /^\p{Lu}/u.test(term.text)) return true;
    if (/[,;:.()]/.test(term.post)) return false;
  }
  return false;
}

/** Small words inside the owner's name ("Mother and Child Health Centre"). */
const OWNER_CONNECTORS = new Set(['and', 'of', 'for', '&']);
