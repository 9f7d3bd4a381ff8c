import { withoutPlaceCompound } from '../locations/location-cues.ts';
import type { EntityKind } from '../types.ts';
import { type EntityContext, rangeText, type TermRange } from './entity-context.ts';
import type { NameSpan } from './name-span.ts';

/** One place where the rules found an entity name, with how sure they are. */
export interface Candidate {
  readonly kind: EntityKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly title?: string;
  /** Only a preposition says it is a place ("at Acme"): a short form of an organization may win. */
  readonly weak?: boolean;
  /** Found as an item of a list of places ("Laos, Vietnam and the Philippines"). */
  readonly listed?: boolean;
  /** Another form of the name written in the same words ("Kessu" for "the Kessu district"). */
  readonly alias?: string;
}

/**
 * The run without a leading "The" ("The Acme Group" gives "Acme Group"); a lone "The" leaves nothing.
 *
 * @example
 * trimLeadingThe(context, span) // { from: 1, to: 2 } for "The Acme Group"
 */
export function trimLeadingThe(context: EntityContext, span: NameSpan | TermRange): TermRange {
  // A lone "The" is a determiner; the range it leaves is empty and names nothing.
  if (context.terms[span.from]?.text === 'The' && span.to === span.from)
    return { from: span.from + 1, to: span.to };
  const first = context.terms[span.from];
  return first?.text === 'The' && span.to > span.from ? { from: span.from + 1, to: span.to } : span;
}

/**
 * A candidate of the kind for the range, with the score the rules gave it; a place loses the compound
 * word a name can carry ("Lake Tembe's" stays "Lake Tembe").
 *
 * @example
 * candidate(context, 'organization', { from: 0, to: 1 }, 3).text // 'Acme Group'
 */
export function candidate(
  context: EntityContext,
  kind: EntityKind,
  range: TermRange,
  score: number,
  title?: string,
): Candidate {
  const first = context.terms[range.from];
  const written = rangeText(context, range);
  const text = kind === 'location' ? withoutPlaceCompound(written) : written;
  const start = first?.start ?? 0;
  const base = { kind, text, start, end: start + text.length, score };
  return title ? { ...base, title } : base;
}
