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
 * word a name can carry ("Lake Tembe's" stays "Lake Tembe"), a person the letters of offices and honours
 * written after the name ("Jane Doe MP" is "Jane Doe").
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
  const named = kind === 'person' ? withoutPostNominals(context, range) : range;
  const written = rangeText(context, named);
  const text = kind === 'location' ? withoutPlaceCompound(written) : written;
  const start = first?.start ?? 0;
  const base = { kind, text, start, end: start + text.length, score };
  const withTitle = title ? { ...base, title } : base;
  // "Jane Doe MP" stays an alias, so the name's mentions read as the text writes them.
  return named === range ? withTitle : { ...withTitle, alias: rangeText(context, range) };
}

/**
 * Letters written after a person's name for a seat, an honour or a degree ("MP", "OBE", "QC", "PhD"):
 * no part of the name.
 */
const POST_NOMINALS = new Set([
  'MP',
  'MPP',
  'MLA',
  'MHA',
  'MHK',
  'MLC',
  'MEP',
  'MSP',
  'TD',
  'QC',
  'KC',
  'SC',
  'OBE',
  'MBE',
  'CBE',
  'KBE',
  'DBE',
  'OAM',
  'AO',
  'FRS',
  'FRSE',
  'FREng',
  'PhD',
  'DPhil',
  'JP',
]);

/**
 * The range without the post-nominal letters that end it ("Jane Doe MP" -> "Jane Doe"); two words of
 * the name stay.
 *
 * @example
 * withoutPostNominals(context, rangeOf('Jane Doe MP')) // the range of 'Jane Doe'
 */
export function withoutPostNominals(context: EntityContext, range: TermRange): TermRange {
  let to = range.to;
  while (to > range.from + 1 && POST_NOMINALS.has((context.terms[to]?.text ?? '').replace(/\./g, ''))) to--;
  return to === range.to ? range : { from: range.from, to };
}
