import { listedAttendanceTag } from './plugins/attendance-words.ts';
import { type ParsedRelease, type ParsedTerm, parsedTerms } from './world.ts';

/** Where nouns that a count can count start in the working text (character offsets). */
export interface CountableNouns {
  /** People who can attend: `#Attendee` (our plugin) or `#Actor` (compromise), not `#NonAttendee`. */
  readonly people: ReadonlySet<number>;
  /** Any other plural noun, except `#NonAttendee` and `#Outsider` ones. */
  readonly plurals: ReadonlySet<number>;
  /** `#NonAttendee` nouns: countries, companies, exhibitors ... */
  readonly excluded: ReadonlySet<number>;
  /** `#Outsider` nouns: people mostly counted for something else (staff, patients, customers). */
  readonly outsiders: ReadonlySet<number>;
  /** Verbs, to find the verb a count's noun phrase is the subject of. */
  readonly verbs: ReadonlySet<number>;
}

/**
 * Finds the nouns a count of attendees can count, and the verbs, from the one shared parse, in one
 * pass over its terms.
 *
 * @example
 * findCountableNouns(parseRelease('Over 150 guests and 40 principals came.'))
 * // { people: Set { 9 }, plurals: Set { 23 }, excluded: Set {}, outsiders: Set {}, verbs: Set { 38 } }
 */
export function findCountableNouns(parsed: ParsedRelease): CountableNouns {
  const people = new Set<number>();
  const plurals = new Set<number>();
  const excluded = new Set<number>();
  const outsiders = new Set<number>();
  const verbs = new Set<number>();
  for (const term of parsedTerms(parsed).flat()) {
    const { tags } = term;
    const start = term.offset.start;
    // A listed noun compromise retagged after a number ("32 clubs") keeps the kind our lists give it.
    const listed = tags.has('Plural') ? listedAttendanceTag(term.text) : undefined;
    if (listed === 'NonAttendee' || listed === 'Outsider') {
      (listed === 'NonAttendee' ? excluded : outsiders).add(start);
      continue;
    }
    const countable = tags.has('Attendee') || tags.has('Actor') || tags.has('Plural');
    if (!countable && !tags.has('Verb')) continue;
    if (tags.has('Verb') && isVerbLikePlural(term)) plurals.add(start);
    if (tags.has('Verb')) verbs.add(start);
    else if (tags.has('NonAttendee')) excluded.add(start);
    else if (tags.has('Outsider')) outsiders.add(start);
    else if (tags.has('Attendee') || tags.has('Actor')) people.add(start);
    else if (tags.has('Plural')) plurals.add(start);
  }
  return { people, plurals, excluded, outsiders, verbs };
}

/** Present-tense forms ending in "s" that are never a plural noun: auxiliaries and copulas. */
const NOT_PLURAL = new Set(['is', 'was', 'has', 'does', 'goes', 'says', 'seems']);
/** A lower-case word ending in a single "s" ("engineers", "coaches"), not in "ss" ("discuss"). */
const PLURAL_SHAPE = /^\p{Ll}[\p{Ll}-]*[^s]s$/u;

/**
 * compromise tags some plural people nouns as present-tense verbs when a verb of the same spelling
 * exists ("350 engineers", "judges, coaches and referees"). Such a word is kept as a plural too: the
 * attendance rules read it as a noun only where a noun stands (after a count, inside a list of
 * counted nouns) and still want an attending verb after it.
 */
function isVerbLikePlural(term: ParsedTerm): boolean {
  const { text, tags } = term;
  return (
    tags.has('PresentTense') &&
    !tags.has('Copula') &&
    !tags.has('Auxiliary') &&
    PLURAL_SHAPE.test(text) &&
    !NOT_PLURAL.has(text)
  );
}
