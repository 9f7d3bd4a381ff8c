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

/** Heads of buildings of worship, which also name the faith's body ("the Church of Kessel said"). */
const WORSHIP_HEADS = new Set([
  'Church',
  'Cathedral',
  'Chapel',
  'Basilica',
  'Mosque',
  'Temple',
  'Monastery',
  'Convent',
  'Synagogue',
  'Shrine',
]);

/**
 * "an exhibition in the Church of Saint Orvale", "at the Kessel Cathedral": a building of worship after
 * "in" or "at" is where something is, a venue, not the faith's body.
 *
 * @example
 * isWorshipVenue(context, rangeOf('Church of Saint Orvale')) // true in 'opened in the Church of Saint Orvale'
 */
export function isWorshipVenue(context: EntityContext, range: TermRange): boolean {
  const terms = context.terms.slice(range.from, range.to + 1);
  const of = terms.findIndex((term, index) => index > 0 && term.text === 'of');
  const head = of > 0 ? terms[of - 1] : terms[terms.length - 1];
  const before = wordBeforeArticle(context, range).term?.text.toLowerCase();
  return range.to > range.from && WORSHIP_HEADS.has(head?.text ?? '') && (before === 'in' || before === 'at');
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

/**
 * What a club is for when it is a building open to a whole neighbourhood ("Community Club", "Country
 * Club"), not a body of members ("Cycling Club").
 */
const CLUB_KINDS = new Set(['Community', 'Country']);

/** Heads of sites that are places only with a word of what they are for ("Power Plant", not "Plant"). */
const SITE_QUALIFIERS = new Map<string, ReadonlySet<string>>([
  ['Plant', FACILITY_QUALIFIERS],
  ['Farm', FACILITY_QUALIFIERS],
  ['Ground', GROUND_KINDS],
  ['Grounds', GROUND_KINDS],
  ['Club', CLUB_KINDS],
]);

/**
 * "the Kessu Hydropower Plant", "the Tarvo Wind Farm", "the Orvel Cricket Ground", "the Kessu Hill
 * Community Club": a named site of energy, water, sport or a neighbourhood's gatherings, a place; one named only by what it is for ("Solar Power Plant") is a common
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
