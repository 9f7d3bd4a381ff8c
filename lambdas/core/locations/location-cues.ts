import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { PLACE_COMPOUND } from '../entities/entity-name-breaks.ts';
import { type EntityTerm, lexiconTag } from '../nlp/entity-terms.ts';
import { isDivisionNoun } from './location-divisions.ts';
import { followsMotionVerb } from './location-travel.ts';

/**
 * Cues in the words around a name that say it names a place although no preposition of place stands
 * before it: a lower-case feature noun after it ("the Tarvo volcano"), a class of places before it ("the
 * port of Marvik", "cities such as Sorvik"), residents who come from it, a distance before it.
 */

/** Lower-case nouns of geography or administration that a place's name qualifies ("the Osk valley"). */
const FEATURE_NOUNS = new Set([
  'region',
  'province',
  'district',
  'county',
  'prefecture',
  'oblast',
  'municipality',
  'valley',
  'volcano',
  'island',
  'islands',
  'archipelago',
  'river',
  'lake',
  'mountains',
  'glacier',
  'icefield',
  'peninsula',
  'desert',
  'plateau',
  'delta',
  'strait',
  'fjord',
  'lagoon',
  'steppe',
  'highlands',
  // Built places a name is written before ("the Kessu bridge", "the Marvik harbor").
  'bridge',
  'dam',
  'canal',
  'port',
  'harbor',
  'harbour',
  'beach',
  'forest',
]);

/** Feature nouns that also qualify what a company runs there ("port operator", "port terminal"). */
const MODIFYING_FEATURES = new Set(['port']);

/** Words between a name and its feature noun ("the Osk national park", "the Osk industrial area"). */
const FEATURE_QUALIFIERS = new Set(['national', 'nature', 'marine', 'forest', 'industrial']);

/** Protected and zoned areas that take a qualifier ("national park", "nature reserve", "industrial zone"). */
const QUALIFIED_FEATURES = new Set(['park', 'reserve', 'sanctuary', 'monument', 'area', 'zone', 'estate']);

/** What kind of port a name is written before ("the Kessu deep-water port", "the Tarvo fishing harbour"). */
const PORT_QUALIFIERS = new Set(['deep-water', 'deepwater', 'deep-sea', 'inland', 'dry', 'fishing']);
const PORT_NOUNS = new Set(['port', 'harbour', 'harbor']);

/** "the Kessu deep-water port terminal": a lower-case noun after the port is what a company runs. */
function beforeNoun(term: EntityTerm | undefined): boolean {
  return term?.tags.has('Noun') === true && /^\p{Ll}/u.test(term.text);
}

/** Lower-case words that join the parts of a place's name ("Serra da Estrela", "Vila do Conde", "Rue du Bac"). */
const NAME_PARTICLES = new Set([
  ...['da', 'de', 'del', 'della', 'do', 'dos', 'das', 'di', 'du', 'des'],
  ...['la', 'le', 'les', 'los', 'las'],
]);

/** True for a lower-case particle inside a place's name: isNameParticle('de') for "Vila de Rei". */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/**
 * "the Tarvo-Kessu volcano", "the Osk valley": the name is followed by a lower-case noun of geography
 * that it names. Only proper nouns count, so "the Energy region" stays unread; compromise often reads
 * the pair itself, but not a double name that would otherwise pass for a pairing ("Sino-Kazakh").
 *
 * @example
 * isNamedBeforeFeature(context, rangeOf('Osk')) // true in "hiking in the Osk valley"
 */
export function isNamedBeforeFeature(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const noun = termAfter(context, range);
  if (!last || !noun || last.post.trim() !== '' || last.possessive) return false;
  const second = termAfter(context, range, 2)?.text ?? '';
  const qualified =
    (FEATURE_QUALIFIERS.has(noun.text) && QUALIFIED_FEATURES.has(second)) ||
    (PORT_QUALIFIERS.has(noun.text) && PORT_NOUNS.has(second) && !beforeNoun(termAfter(context, range, 3)));
  if (!FEATURE_NOUNS.has(noun.text) && !qualified) return false;
  // "the Acme port terminal": a port before another noun is what a company runs, not the name's feature.
  const next = termAfter(context, range, 2);
  if (
    MODIFYING_FEATURES.has(noun.text) &&
    noun.post === ' ' &&
    next?.tags.has('Noun') &&
    /^\p{Ll}/u.test(next.text)
  )
    return false;
  const terms = rangeTerms(context, range);
  const named = (term: EntityTerm, index: number) =>
    term.tags.has('ProperNoun') || (index > 0 && index < terms.length - 1 && NAME_PARTICLES.has(term.text));
  return terms.every(named);
}

/** Lower-case nouns of a kind of place that take the place's name after "of" ("the port of Marvik"). */
const CLASS_NOUNS = new Set([
  'port',
  'city',
  'town',
  'village',
  'island',
  'region',
  'province',
  'district',
  'county',
  'municipality',
  'state',
  'oblast',
  'prefecture',
  'emirate',
  'canton',
  'harbour',
  'harbor',
  // Settlements smaller than a town ("the locality of Marvo", "the hamlet of Kessu").
  'locality',
  'settlement',
  'hamlet',
  'township',
  'suburb',
  'commune',
  'community',
]);

/** Nouns of people that take their home after "of" ("a native of Kessu", "residents of Tarvo"). */
const HOME_NOUNS = new Set(['native', 'natives', 'resident', 'residents']);

/** Plural kinds of place that introduce examples ("cities such as Sorvik", "countries like Osk"). */
const CLASS_PLURALS = new Set([
  'cities',
  'towns',
  'villages',
  'countries',
  'nations',
  'regions',
  'provinces',
  'states',
  'islands',
  'ports',
  'capitals',
  'destinations',
  'municipalities',
]);

/**
 * "the port of Marvik", "the towns of Sorvik and Osk", "cities such as Sorvik", "countries including Osk": a
 * kind of place written in lower case before the name says what the name is. "The City of Marvik"
 * in capitals is the municipality's own name, often the body that acts, and is left to other rules.
 *
 * @example
 * isNamedAfterPlaceClass(context, rangeOf('Marvik')) // true in "at the port of Marvik"
 * isNamedAfterPlaceClass(context, rangeOf('Marvik')) // true in "a native of Marvik"
 */
export function isNamedAfterPlaceClass(context: EntityContext, range: TermRange): boolean {
  const proper = rangeTerms(context, range).every((term) => term.tags.has('ProperNoun'));
  if (!proper || range.to - range.from > 2) return false;
  const words = [3, 2, 1].map((distance) => termBefore(context, range, distance)?.text.toLowerCase() ?? '');
  const [third, second, first] = words as [string, string, string];
  // "the districts of", "counties like", "five districts, including": a division is a kind of place.
  const plural = (word: string) => CLASS_PLURALS.has(word) || isDivisionNoun(word);
  if (first === 'of' && (CLASS_NOUNS.has(second) || HOME_NOUNS.has(second) || plural(second))) return true;
  if (first === 'as' && second === 'such' && plural(third)) return true;
  return (first === 'like' || first === 'including') && plural(second);
}

/** Nouns an apposition gives a place ("Osk, the capital of Tarvia", "Osk, a fishing village"). */
const APPOSITION_NOUNS = new Set([
  ...CLASS_NOUNS,
  'capital',
  'birthplace',
  'hometown',
  'seat',
  'country',
  'nation',
]);

/**
 * "Osk, the capital of Tarvia", "Sorvik, a small fishing village": an apposition after the name
 * says what kind of place it is (at most two words between the article and the noun).
 *
 * @example
 * isDescribedAsPlace(context, rangeOf('Osk')) // true in "Osk, the birthplace of the poet"
 */
export function isDescribedAsPlace(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const article = termAfter(context, range)?.text.toLowerCase() ?? '';
  if (last?.post.trim() !== ',' || !['the', 'a', 'an'].includes(article)) return false;
  for (let distance = 2; distance <= 4; distance++) {
    const word = termAfter(context, range, distance);
    if (!word || !/^\p{Ll}/u.test(word.text)) return false;
    const next = termAfter(context, range, distance + 1);
    // The noun ends the apposition ("a port town,") or takes its complement ("the capital of").
    const ends = word.post.trim() !== '' || next === undefined || APPOSITION_LINKS.has(next.text);
    if (APPOSITION_NOUNS.has(word.text) && ends) return true;
    if (word.post.trim() !== '') return false;
  }
  return false;
}

/** Words after the noun of an apposition that close it ("the capital of", "a town where"). */
const APPOSITION_LINKS = new Set(['of', 'in', 'near', 'on', 'where', 'that', 'which', 'known']);

/** People who live in or come from a place rather than work for a body ("visitors from Osk"). */
const RESIDENT_NOUNS = new Set([
  'visitors',
  'tourists',
  'residents',
  'villagers',
  'farmers',
  'fishermen',
  'families',
  'pilgrims',
  'refugees',
  'migrants',
  'travellers',
  'travelers',
  'fans',
  'spectators',
  'holidaymakers',
]);

/**
 * "visitors from Osk", "farmers from the Kessu valley": where people who live somewhere come from.
 * "Delegates" or "experts" from a name come as often from a body, and are left to other cues.
 *
 * @example
 * isHomeOfResidents(context, rangeOf('Osk')) // true in "tourists from Osk filled the hotels"
 */
export function isHomeOfResidents(context: EntityContext, range: TermRange): boolean {
  let distance = 1;
  if (termBefore(context, range, distance)?.text === 'the') distance++;
  if (termBefore(context, range, distance)?.text !== 'from') return false;
  return RESIDENT_NOUNS.has(termBefore(context, range, distance + 1)?.text.toLowerCase() ?? '');
}

/**
 * Whether the words before the first name of a list say the list is of places: a kind of place
 * ("the towns of Osk and Sorvik"), travel ("flew to Osk and Sorvik"), residents ("visitors from ...").
 *
 * @example
 * opensPlaceList(context, rangeOf('Osk')) // true in "the towns of Osk and Sorvik"
 */
export function opensPlaceList(context: EntityContext, first: TermRange): boolean {
  return (
    isNamedAfterPlaceClass(context, first) ||
    followsMotionVerb(context, first) ||
    isHomeOfResidents(context, first)
  );
}

/** Units of distance ("40 km north of Osk", "12 miles from Sorvik"). */
const DISTANCE_UNITS = new Set(['km', 'kilometres', 'kilometers', 'miles', 'mi', 'metres', 'meters', 'm']);

/** Compass words between a distance and "of" ("40 km north-east of"). */
const BEARINGS =
  /^(?:north|south|east|west)(?:-?(?:east|west))?$|^(?:northeast|northwest|southeast|southwest)$/;

/**
 * "40 km north of Osk", "12 miles from Sorvik": a distance measured from the name.
 *
 * @example
 * isDistanceFrom(context, rangeOf('Osk')) // true in "a site 40 km north of Osk"
 */
export function isDistanceFrom(context: EntityContext, range: TermRange): boolean {
  const preposition = termBefore(context, range)?.text;
  let unitAt = 2;
  if (preposition === 'of') {
    if (!BEARINGS.test(termBefore(context, range, 2)?.text.toLowerCase() ?? '')) return false;
    unitAt = 3;
  } else if (preposition !== 'from') return false;
  const unit = termBefore(context, range, unitAt);
  const number = termBefore(context, range, unitAt + 1);
  const unitText = unit?.text.toLowerCase() ?? '';
  // "40km" is one word; "40 km" is two.
  if (/^\d[\d.,]*(?:km|mi)$/.test(unitText)) return true;
  return DISTANCE_UNITS.has(unitText) && /^\d[\d.,]*$/.test(number?.text ?? '');
}

/** Who is based somewhere: an organization's head, a person's role ("the Osk-based painter"), a name. */
const BASED_NOUN_TAGS = ['EntOrgSuffix', 'EntRole', 'ProperNoun'];
/** Kinds of business that are based somewhere ("a Tarvel-based startup"); not a platform or a tool. */
const BASED_NOUNS = new Set([
  'firm',
  'firms',
  'startup',
  'startups',
  'start-up',
  'charity',
  'nonprofit',
  'ngo',
  'business',
  'businesses',
  'manufacturer',
  'maker',
  'retailer',
  'lender',
  'operator',
  'band',
  'club',
]);

/**
 * "a Tarvel-based startup", "Osk-headquartered Velmar Ltd", "the Osk-born chef": the name before the
 * participle is a place. "Based" also says what a thing is built on ("an Android-based phone"), so it
 * counts only before a company, a person's role or a name, or on a place compromise knows; a
 * capitalized "-Based" writes a name in headline case, and counts only on a known place.
 *
 * @example
 * isPlaceCompound(context, rangeOf('Tarvel-based')) // true in "a Tarvel-based startup"
 */
export function isPlaceCompound(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (!last || !/^\p{Lu}/u.test(last.text) || !PLACE_COMPOUND.test(last.text)) return false;
  if (!/-based$/i.test(last.text) || last.tags.has('Place')) return true;
  // "the Heritage-Based Education model", "Evidence-Based Care": a participle in capitals writes a
  // name in headline case, built on a notion, unless the word before it is a place compromise knows.
  if (/-Based$/.test(last.text)) return lexiconTag(withoutPlaceCompound(last.text)) !== undefined;
  const next = termAfter(context, range);
  return (
    next !== undefined && (BASED_NOUNS.has(next.text) || BASED_NOUN_TAGS.some((tag) => next.tags.has(tag)))
  );
}

/**
 * The place's name without the participle joined to it.
 *
 * @example
 * withoutPlaceCompound('New York-based') // 'New York'
 */
export function withoutPlaceCompound(name: string): string {
  return PLACE_COMPOUND.exec(name)?.[1] ?? name;
}
