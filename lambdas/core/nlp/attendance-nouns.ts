import type { ParsedRelease } from './world.ts';

/** The typed part of compromise's `json({ offset: true })` output that this query reads. */
interface OffsetMatch {
  readonly offset?: { readonly start?: unknown };
}

/** Where nouns that a count can count start in the working text (character offsets). */
export interface CountableNouns {
  /** People who can attend: `#Attendee` (our plugin) or `#Actor` (compromise), not `#NonAttendee`. */
  readonly people: ReadonlySet<number>;
  /** Any other plural noun, except `#NonAttendee` ones (countries, companies, exhibitors, staff ...). */
  readonly plurals: ReadonlySet<number>;
}

/**
 * Finds the nouns of the release a count of attendees can count, from the one shared parse.
 *
 * @example
 * findCountableNouns(parseRelease('Over 150 guests, 40 principals and 9 firms came.'))
 * // { people: Set { 9 }, plurals: Set { 20 } }
 */
export function findCountableNouns(parsed: ParsedRelease): CountableNouns {
  const people = parsed.view.match('(#Attendee|#Actor)').not('#NonAttendee');
  const plurals = parsed.view.match('#Plural').not('(#Attendee|#Actor|#NonAttendee)');
  return {
    people: startsOf(people.json({ offset: true })),
    plurals: startsOf(plurals.json({ offset: true })),
  };
}

function startsOf(matches: readonly OffsetMatch[]): ReadonlySet<number> {
  const starts = new Set<number>();
  for (const match of matches) {
    const start = match.offset?.start;
    if (typeof start === 'number') starts.add(start);
  }
  return starts;
}
