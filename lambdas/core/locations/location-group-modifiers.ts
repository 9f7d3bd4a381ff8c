import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';

/** Plural nouns for a group of states ("the Gulf states", "Baltic countries", "Nordic nations"). */
const STATE_GROUP_NOUNS = new Set(['states', 'countries', 'nations', 'economies', 'monarchies']);

/** Lower-case words that may stand between the name and such a noun ("Pacific island countries"). */
const GROUP_QUALIFIERS = new Set(['island', 'coastal', 'member', 'partner', 'neighbouring', 'neighboring']);

/**
 * "the Gulf states", "the Baltic states", "Pacific island countries": a one-word name of a sea or a
 * region straight before a plural noun for a group of states qualifies the group, as an adjective
 * would; it names no place. A list before the noun ("Tarvel and Ostrana provinces") is another rule's.
 *
 * @example
 * qualifiesStateGroup(context, rangeOf('Gulf')) // true in 'buyers from the Gulf states'
 */
export function qualifiesStateGroup(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const only = terms[0];
  if (terms.length !== 1 || only === undefined || only.post !== ' ' || only.possessive) return false;
  if (only.tags.has('Country') || termBefore(context, range)?.text === 'and') return false;
  const next = termAfter(context, range);
  if (next === undefined) return false;
  if (STATE_GROUP_NOUNS.has(next.text)) return true;
  const noun = termAfter(context, { from: range.from, to: range.to + 1 });
  return GROUP_QUALIFIERS.has(next.text) && next.post === ' ' && STATE_GROUP_NOUNS.has(noun?.text ?? '');
}
