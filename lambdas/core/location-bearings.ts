import { type EntityContext, type TermRange, termAfter } from './entity-context.ts';

/** Compass words that place a name within a larger area ("in the north", "in the far south-east"). */
const BEARINGS =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;

/**
 * "from Osk in the south to Marvik in the north", "Kessuvo, in the far west": a name followed by "in
 * the" and a compass point is where something is, within a larger area.
 *
 * @example
 * isPlacedByBearing(context, rangeOf('Marvik')) // true in "sites from Osk to Marvik in the north"
 */
export function isPlacedByBearing(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (last === undefined || last.possessive || !/^,?\s+$/.test(last.post)) return false;
  if (termAfter(context, range)?.text !== 'in' || termAfter(context, range, 2)?.text !== 'the') return false;
  const far = termAfter(context, range, 3)?.text === 'far' ? 1 : 0;
  const bearing = termAfter(context, range, 3 + far);
  // "in the north of the country", "in the north.": the bearing ends its phrase or takes "of".
  const next = termAfter(context, range, 4 + far);
  const ends =
    bearing !== undefined && (bearing.post.trim() !== '' || next === undefined || next.text === 'of');
  return bearing !== undefined && BEARINGS.test(bearing.text) && ends;
}
