import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
  wordBeforeArticle,
} from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isGerundOrPlural } from '../nlp/word-classes.ts';
import { isWorkplace } from '../organizations/organization-acts.ts';
import { isBuildingOfPart } from './location-building-parts.ts';
import { COMPASS_POINTS, isCompassSideOf } from './location-compass-parts.ts';
import {
  isDescribedAsPlace,
  isDistanceFrom,
  isHomeOfResidents,
  isNamedAfterPlaceClass,
  isNamedBeforeFeature,
  isPlaceCompound,
} from './location-cues.ts';
import { isDateline, isStateCode } from './location-dateline.ts';
import { namesLocalDivision } from './location-divisions.ts';
import {
  endsInOrganizationHead,
  endsInTrade,
  isCivicSeatAsBody,
  isContextualPlaceModifier,
  isNeverPlaceAlone,
  isResearchCentre,
} from './location-false-names.ts';
import { qualifiesStateGroup } from './location-group-modifiers.ts';
import { isHomeOfPerson, isOriginOfPeople } from './location-origins.ts';
import { isPartOfPlace } from './location-parts.ts';
import { holdsPlaceInName, isGazetteerPlaceName, joinsTwoCountries } from './location-place-words.ts';
import { isStateName, isStateOfPlace } from './location-states.ts';
import {
  isPlacedByBearing,
  isRouteEnd,
  isSeatOfCompany,
  namesUrbanArea,
  ownsTownPart,
} from './location-surroundings.ts';
import { isPlaceTagged } from './location-tags.ts';
import { isListedTown } from './location-towns.ts';
import { followsDepartureVerb, followsMotionVerb } from './location-travel.ts';
import {
  isBorderCrossing,
  isNamedSite,
  isNamedStructureHead,
  isVenueWhere,
  isWorshipVenue,
} from './location-venues.ts';

/** Prepositions after which a name is where something is or happens ("in Riga", "near Lagos", "along Kessuvik"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'throughout', 'along']);
/** Prepositions that often, not always, take a place ("to Lima", but "thanks to Jane Doe"). */
const WEAK_LOCATIVE = new Set(['from', 'to', 'on', 'across', 'around', 'via']);

/**
 * Whether every capitalized word is a place compromise knows ("South Sudan", "Bosnia and Herzegovina").
 *
 * @example
 * isKnownPlace(context, rangeOf('Central Europe')) // true
 */
export function isKnownPlace(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  if (isGazetteerPlaceName(terms.map((term) => term.bare))) return true;
  // "Saudi Arabia": a word compromise also reads as a demonym, inside a place's name.
  const inPlaceName = (term: EntityTerm, index: number) => {
    const next = terms[index + 1];
    return term.tags.has('Demonym') && next !== undefined && isPlaceTagged(next);
  };
  // "the Road", "the Arena": a head noun of place names alone is a common noun, whatever its capital.
  const onlyHeads = terms.every((term) => !isCapitalized(term) || term.tags.has('EntPlaceSuffix'));
  // "Clean Lakes Ontario", "Antarctica Norway": a known place with words that only its
  // neighbourhood made places, or two countries side by side, name something else.
  return (
    !onlyHeads &&
    !holdsPlaceInName(terms, isDirection) &&
    !joinsTwoCountries(terms.map((term) => term.text)) &&
    terms.some(isPlaceTagged) &&
    terms.every(
      (term, index) =>
        isPlaceTagged(term) || !isCapitalized(term) || DIRECTIONS.has(term.text) || inPlaceName(term, index),
    )
  );
}

/** Currency units a country's name qualifies ("U.S. dollars", "Hong Kong dollars"). */
const CURRENCY_UNITS = new Set([
  'dollar',
  'dollars',
  'cents',
  'pesos',
  'rupees',
  'francs',
  'pounds',
  'shillings',
]);

/**
 * Words that open a region's name ("Central Europe", "Greater Manchester"), and the words for a country's
 * part on a continent or a peninsula ("Mainland Tanzania", "Peninsular Malaysia").
 */
const DIRECTIONS = new Set([
  'Mainland',
  'Continental',
  'Peninsular',
  'Central',
  ...COMPASS_POINTS,
  'Greater',
  'Upper',
  'Lower',
  'Middle',
]);

function isDirection(term: EntityTerm): boolean {
  return DIRECTIONS.has(term.text);
}

/** Divisions of a country that are places only with a compass point ("Sales Division" is a unit). */
const ADMINISTRATIVE = new Set(['Division', 'Zone', 'Sector', 'Territory', 'Territories', 'Frontier']);

/** Country-style abbreviations of single letters ("U.K.", "U.S.A."): places, though compromise says otherwise. */
function isDottedCountryCode(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const only = terms[0];
  return (
    terms.length === 1 &&
    only !== undefined &&
    /^(?:\p{Lu}\.){2,3}$/u.test(only.text) &&
    !only.tags.has('Honorific') &&
    !only.tags.has('Time')
  );
}

/**
 * Whether the name's last word is a place head ("Nakasero Market Square", "Tamsui district") or it opens with one.
 *
 * @example
 * hasPlaceHead(context, rangeOf('Nakasero Market Square')) // true
 */
export function hasPlaceHead(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  const first = terms[0];
  // "the East Coast of Tarvo", "the West Bank of the Orvo": a side of a place, named by its compass point.
  if (isCompassSideOf(terms)) return true;
  // "Ambassador Park", "Minister Hall": a title before a surname that is also a place's head; but
  // "the Father Osk Footbridge": a structure named after a titled person, by a head no surname takes.
  if (isTitle(first) && !(terms.length >= 3 && isNamedStructureHead(last?.text ?? ''))) return false;
  // "Regional Coordinator for the Pacific Islands": a title whose remit is the place, not a place's name.
  if (holdsTitleWithRemit(terms)) return false;
  const bodyHead = isFieldOfOrganization(terms) || isResearchCentre(terms);
  if (terms.length >= 2 && last?.tags.has('EntPlaceSuffix') && !bodyHead) return true;
  if (isNamedSite(terms)) return true;
  // "Kessu etrap", "Tarvo Upazila", "Barangay Orvala": a name with a division in its own language's word.
  if (namesLocalDivision(terms.map((term) => term.text))) return true;
  // "Western Division", "Northern Zone": a compass point before an administrative division.
  // "Federal Capital Territory": the division that holds a country's capital.
  const qualifier = terms[terms.length - 2]?.text ?? '';
  const divisionQualifier = DIRECTIONS.has(qualifier) || (qualifier === 'Capital' && terms.length <= 3);
  if (terms.length <= 3 && terms.length >= 2 && divisionQualifier && ADMINISTRATIVE.has(last?.text ?? ''))
    return true;
  if (first?.tags.has('EntPlaceHead') && terms[1]?.text === 'of') return true;
  if (isStateName(context, range) || isStateOfPlace(terms, terms.length - 1)) return true;
  // "Mount Elgon", "Cordillera Negra": a feature word before the name, then the name itself.
  const named = terms.slice(1).every((term) => isCapitalized(term) && !term.tags.has('EntOrgSuffix'));
  if (first?.tags.has('EntPlaceOpener') && isCapitalized(first) && terms.length <= 3 && named) return true;
  // A venue followed by the name of its city ("Nordhall Stadium Aarhus").
  // "Kelso City Council" is no venue and city: its last word heads an organization; so do a trade
  // or a body of people ("Tarvo Street Brewing", "Kessu Harbour Commissioners").
  const penultimate = terms[terms.length - 2];
  // So does a company's legal form ("Kessu Sea Port CJSC").
  const lastHeadsOrganization = endsInOrganizationHead(context, range) || isGerundOrPlural(last?.text ?? '');
  return (
    terms.length >= 3 &&
    penultimate?.tags.has('EntPlaceSuffix') === true &&
    isCapitalized(penultimate) &&
    !lastHeadsOrganization &&
    !holdsPlaceInName(terms, isDirection)
  );
}

/** A capitalized title followed by the "for" or "of" of its remit ("Director for", "Minister of"). */
function holdsTitleWithRemit(terms: readonly EntityTerm[]): boolean {
  return terms.some(
    (term, index) =>
      isCapitalized(term) &&
      term.tags.has('EntTitle') &&
      ['for', 'of'].includes(terms[index + 1]?.text ?? ''),
  );
}

function isTitle(term: EntityTerm | undefined): boolean {
  return term !== undefined && (term.tags.has('EntTitle') || term.tags.has('Honorific'));
}

/**
 * "Tembe Academy of Music and Theatre": the word before "of" heads the name, and it heads an organization;
 * the place word at the end is what the academy teaches.
 */
function isFieldOfOrganization(terms: readonly EntityTerm[]): boolean {
  const of = terms.findIndex((term) => term.text === 'of');
  const head = terms[of - 1];
  const listed = ['of', 'and', '&'].includes(terms[terms.length - 2]?.text ?? '');
  return of > 0 && listed && head?.tags.has('EntOrgSuffix') === true && !head.tags.has('EntPlaceSuffix');
}

/**
 * How strongly the context says the words name a place used as a noun: compromise's gazetteer, a place
 * head, a locative preposition, the dateline, a neighbouring known place ("Pune, India").
 *
 * @example
 * locationEvidence(context, rangeOf('Tamsui district')) // 3
 */
export function locationEvidence(context: EntityContext, range: TermRange): number {
  if (
    isStateCode(context, range) ||
    isNeverPlaceAlone(context, range) ||
    isCivicSeatAsBody(context, range) ||
    qualifiesStateGroup(context, range)
  )
    return 0;
  const after = termAfter(context, range);
  // "182 million U.S. dollars", "50 Hong Kong dollars": the country names a currency, not a place.
  if (after !== undefined && CURRENCY_UNITS.has(after.text) && context.terms[range.to]?.post.trim() === '')
    return 0;
  let score = 0;
  if (
    isKnownPlace(context, range) &&
    !isContextualPlaceModifier(context, range) &&
    !endsInTrade(context, range) &&
    !endsInOrganizationHead(context, range)
  )
    score += 3;
  if (isDottedCountryCode(context, range)) score += 3;
  if (hasPlaceHead(context, range)) score += 3;
  if (isDateline(context, range)) score += 3;
  if (isListedTown(context, range)) score += 2;
  score += prepositionEvidence(context, range);
  if (after?.text === 'near') score += 2;
  if (besideKnownPlace(context, range)) score += 2;
  if (isVenueWhere(context, range) || isBuildingOfPart(context, range)) score += 4;
  else if (isWorshipVenue(context, range)) score += 4;
  // A border crossing outweighs the organization's head its last word reads as ("Post").
  if (isBorderCrossing(context, range)) score += 5;
  if (isPartOfPlace(context, range)) score += 3;
  return score + surroundingEvidence(context, range);
}

/**
 * Cues around a name of capitalized words only ("the port of Marvik", "flew to Osk"); a run with "and"
 * in it ("Arbel and Kimo") is a list, which the list rules split before reading.
 */
function surroundingEvidence(context: EntityContext, range: TermRange): number {
  // "the Serra da Estrela national park": a name with particles, before the noun of what it names.
  const feature = isNamedBeforeFeature(context, range) ? 3 : 0;
  if (!rangeTerms(context, range).every(isCapitalized)) return feature;
  let score = feature;
  if (isNamedAfterPlaceClass(context, range)) score += 3;
  if (isDescribedAsPlace(context, range)) score += 3;
  if (isOriginOfPeople(context, range) || isHomeOfPerson(context, range)) score += 3;
  if (isDistanceFrom(context, range) || followsDepartureVerb(context, range)) score += 2;
  if (isPlaceCompound(context, range)) score += 3;
  if (followsMotionVerb(context, range) || isHomeOfResidents(context, range)) score += 1;
  if (isPlacedByBearing(context, range) || isRouteEnd(context, range)) score += 2;
  if (ownsTownPart(context, range) || namesUrbanArea(context, range) || isSeatOfCompany(context, range))
    score += 3;
  return score;
}

/**
 * A preposition of place before the name: 2 for "in"/"at"/"near" (also with "the"), 1 for "from"/"to".
 * Only proper nouns count (not "in Literature"), not acronyms (not "trends in AI"), and not a name that
 * modifies a noun after it ("at XYZ premises").
 */
function prepositionEvidence(context: EntityContext, range: TermRange): number {
  const terms = rangeTerms(context, range);
  const after = termAfter(context, range);
  const last = terms[terms.length - 1];
  const isModifier =
    after !== undefined && last?.post.trim() === '' && !isCapitalized(after) && after.tags.has('Noun');
  const proper = terms.every(
    (term) => !isCapitalized(term) || term.tags.has('ProperNoun') || isPlaceTagged(term),
  );
  const acronym = terms.length === 1 && /^\p{Lu}{2,}$/u.test(last?.text ?? '');
  if (isModifier || !proper || acronym || isWorkplace(context, range)) return 0;
  // "Medical Officer in Charge", "Editor in Chief": "in" and a word close a title, no place follows.
  const owner = termBefore(context, range, 2);
  if (termBefore(context, range)?.text === 'in' && owner?.tags.has('EntTitle') && isCapitalized(owner))
    return 0;
  const before = wordBeforeArticle(context, range).term?.text.toLowerCase() ?? '';
  if (LOCATIVE.has(before)) return 2;
  return WEAK_LOCATIVE.has(before) ? 1 : 0;
}

/** Whether the known place starting at `index` ends before another capitalized word ("South Sudan."). */
function placeRunEnds(context: EntityContext, index: number): boolean {
  let cursor = index;
  for (;;) {
    const term = context.terms[cursor];
    const next = context.terms[cursor + 1];
    if (!term || !next || term.post.trim() !== '' || next.sentence !== term.sentence) return true;
    if (!isCapitalized(next)) return true;
    if (!isPlaceTagged(next)) return false;
    cursor++;
  }
}

/** "Pune, India", "Seo-gun, Hwasun-do, Vietnam": a comma-joined neighbour of a known place. */
function besideKnownPlace(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const before = termBefore(context, range);
  const after = termAfter(context, range);
  const nextIsPlace =
    last?.post.trim() === ',' &&
    after !== undefined &&
    isPlaceTagged(after) &&
    placeRunEnds(context, range.to + 1);
  const previousIsPlace = before?.post.trim() === ',' && isPlaceTagged(before) && before.start < 200;
  return nextIsPlace || previousIsPlace;
}
