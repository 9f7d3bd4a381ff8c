import {
  type EntityContext,
  type TermRange,
  termAfter,
  termBefore,
  wordBeforeArticle,
} from '../entities/entity-context.ts';

/** Heads of institutions whose buildings host events ("at Kenwick Hospital, where ..."). */
const BUILDING_HEADS = new Set([
  'Hospital',
  'Hospice',
  'Clinic',
  'School',
  'College',
  'Church',
  'Court',
  'University',
  'Academy',
]);

/**
 * "launched the drive at Kenwick Hospital, where nurses met": the building where something happens.
 *
 * @example
 * isVenueWhere(context, rangeOf('Kenwick Hospital')) // true in "was held at Kenwick Hospital"
 */
export function isVenueWhere(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const after = termAfter(context, range);
  const before = wordBeforeArticle(context, range).term?.text.toLowerCase();
  if (
    range.to === range.from ||
    !last ||
    !BUILDING_HEADS.has(last.text) ||
    (before !== 'at' && before !== 'in')
  )
    return false;
  return (last.post.trim() === ',' && after?.text === 'where') || afterEventVerb(context, range);
}

/** Verbs of holding an event, whose "at X" is where it happens ("the drive was launched at X"). */
const EVENT_VERBS = new Set(['held', 'hosted', 'staged', 'launched', 'opened', 'took', 'takes', 'convened']);

function afterEventVerb(context: EntityContext, range: TermRange): boolean {
  for (let distance = 2; distance <= 8; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || /[,;:.()]/.test(term.post)) return false;
    if (EVENT_VERBS.has(term.text.toLowerCase())) return true;
  }
  return false;
}

/** Heads, after "Border", of the places where a road crosses a border ("Border Post", "Border Crossing"). */
const BORDER_HEADS = new Set(['Post', 'Crossing', 'Point', 'Gate', 'Station', 'Checkpoint']);

/**
 * "the Tarvo One-Stop Border Post", "the Kessu Border Crossing": a border crossing is a place, though
 * "Post" or "Point" alone heads newspapers and firms.
 *
 * @example
 * isBorderCrossing(context, rangeOf('Tarvo One-Stop Border Post')) // true
 */
export function isBorderCrossing(context: EntityContext, range: TermRange): boolean {
  const head = context.terms[range.to];
  const border = context.terms[range.to - 1];
  return range.to - range.from >= 2 && border?.text === 'Border' && BORDER_HEADS.has(head?.text ?? '');
}

/** What a plant or a farm makes or treats, which makes it a site ("Hydropower Plant", "Wind Farm"). */
const FACILITY_QUALIFIERS = new Set([
  'Power',
  'Hydropower',
  'Hydroelectric',
  'Solar',
  'Wind',
  'Nuclear',
  'Thermal',
  'Geothermal',
  'Desalination',
  'Treatment',
]);

/** What a ground is for, which makes it a venue ("Cricket Ground", "Market Ground"). */
const GROUND_KINDS = new Set([
  'Market',
  'Cricket',
  'Sports',
  'Football',
  'Rugby',
  'Show',
  'Parade',
  'Recreation',
]);

/** Heads of sites that are places only with a word of what they are for ("Power Plant", not "Plant"). */
const SITE_QUALIFIERS = new Map<string, ReadonlySet<string>>([
  ['Plant', FACILITY_QUALIFIERS],
  ['Farm', FACILITY_QUALIFIERS],
  ['Ground', GROUND_KINDS],
  ['Grounds', GROUND_KINDS],
]);

/**
 * "the Kessu Hydropower Plant", "the Tarvo Wind Farm", "the Orvel Cricket Ground": a named site of
 * energy, water or sport, a place; one named only by what it is for ("Solar Power Plant") is a common
 * noun, and "Common Ground" has no word of what it is for.
 *
 * @example
 * isNamedSite(termsOf('Kessu Hydropower Plant')) // true
 */
export function isNamedSite(terms: readonly { readonly text: string }[]): boolean {
  const qualifiers = SITE_QUALIFIERS.get(terms[terms.length - 1]?.text ?? '');
  const qualifier = terms[terms.length - 2]?.text ?? '';
  const named = terms.slice(0, -2).some((term) => !qualifiers?.has(term.text));
  return qualifiers?.has(qualifier) === true && named;
}

/**
 * Heads of structures named after a person with a title, which are no surname ("Bishop Tarvo Bridge",
 * "Emir Tarek Cultural Centre"); "Hall", "Park" or "House" end surnames too ("Minister Jane Hall").
 */
const NAMED_STRUCTURE_HEADS = new Set([
  'Bridge',
  'Footbridge',
  'Stadium',
  'Airport',
  'Arena',
  'Terminal',
  'Pier',
  'Centre',
  'Center',
  'Mosque',
  'Museum',
  'Auditorium',
  'Plaza',
  'Oval',
]);

/**
 * Whether the word heads a structure named after a titled person, and never ends a surname.
 *
 * @example
 * isNamedStructureHead('Bridge') // true; isNamedStructureHead('Hall') // false
 */
export function isNamedStructureHead(word: string): boolean {
  return NAMED_STRUCTURE_HEADS.has(word);
}
