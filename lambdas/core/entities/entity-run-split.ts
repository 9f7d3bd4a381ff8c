import { isCompassSide } from '../locations/location-compass-parts.ts';
import { namesLocalDivision } from '../locations/location-divisions.ts';
import { joinsTwoFeatures } from '../locations/location-feature-pairs.ts';
import { isBareTownName, isLocativeRun } from '../locations/location-lists.ts';
import { isListedTown } from '../locations/location-towns.ts';
import { isKnownPlace } from '../locations/locations.ts';
import { isRankedLocalGovernmentHead } from '../organizations/local-government.ts';
import { endsBeforeBase } from '../organizations/organization-bases.ts';
import {
  hasOrganizationHead,
  headTerm,
  isUnitOfOrganization,
  titlesQualifyOrganizationHead,
} from '../organizations/organization-heads.ts';
import { isNamedBeforeTeamNoun } from '../organizations/team-names.ts';
import { isTitleWord, looksLikeName, splitTitle } from '../people/people.ts';
import {
  type EntityContext,
  rangeTerms,
  rangeText,
  type TermRange,
  termBefore,
  wordBeforeArticle,
} from './entity-context.ts';
import { isAcronym, isCapitalized } from './entity-word-shape.ts';
import { isLegalForm } from './legal-forms.ts';

/**
 * Splits a run at "and" where a complete name ends before it or a title starts after it, and at "of"
 * after a place's head ("Orvo Municipality of the Tarvel Region" names two places).
 *
 * @example
 * splitRun(context, range, false).map((r) => rangeText(context, r)) // ['Acme Group', 'Globex']
 */
export function splitRun(context: EntityContext, range: TermRange, inList: boolean): TermRange[] {
  const parts: TermRange[] = [];
  let from = range.from;
  // "Indonesia's ANTARA": a country's possessive before a one-word name of what it owns.
  const owner = context.terms[range.from];
  const owned = context.terms[range.to];
  if (range.to === range.from + 1 && owner?.possessive && owned && !isTitleWord(owned)) {
    if (isKnownPlace(context, { from: range.from, to: range.from }))
      return [
        { ...range, to: range.from },
        { ...range, from: range.to },
      ];
  }
  // Up to the last word: "Kenya's Acme" splits after the possessive too.
  for (let i = range.from + 1; i <= range.to; i++) {
    const term = context.terms[i];
    const next = context.terms[i + 1];
    const previous = context.terms[i - 1];
    if (!term || !next || !previous) continue;
    // "Italy's Jane Doe": a country's possessive before a name that is no title of it.
    // "Peru's Ministry of Energy": the possessive is whose organization it is, not part of its name.
    // "the Children's Hospital of Tarvel", "the People's Bank": a plural common noun's possessive says whom
    // the body serves, and is part of its name.
    // "the Governor's Office of Kessu": a title's possessive names the office that serves it, one name.
    const ownerOfOrganization =
      previous.possessive &&
      !previous.tags.has('Plural') &&
      !isTitleWord(previous) &&
      i - 1 === range.from &&
      hasOrganizationHead(context, { from: i, to: range.to });
    // "the Harbour Authority's Efua Sarpong": an organization's possessive before a person's name.
    const organizationsPerson =
      previous.possessive &&
      hasOrganizationHead(context, { from, to: i - 1 }) &&
      !hasOrganizationHead(context, { from: i, to: range.to }) &&
      looksLikeName(context, { from: i, to: range.to });
    if (
      (previous.possessive && isKnownPlace(context, { from: i - 1, to: i - 1 }) && !isTitleWord(term)) ||
      ownerOfOrganization ||
      organizationsPerson
    ) {
      parts.push({ from, to: i - 1 });
      from = i;
      continue;
    }
    const left = { from, to: i - 1 };
    const head = next.text === 'the' ? context.terms[i + 2] : next;
    // "Orvo Municipality of the Tarvel Region" names two places; "City of Northport" (a head alone) one.
    // "National Museum of Estonia", "Botanical Garden of Tarvel": an institution or a venue of a place
    // is one name.
    // "the East Coast of Tarvo": a compass point and a side open one place's name.
    const placeOfPlace =
      previous.tags.has('EntPlaceSuffix') &&
      !isCompassSide(rangeTerms(context, left).map((t) => t.text)) &&
      !previous.tags.has('EntOrgSuffix') &&
      !INSTITUTION_WORDS.has(previous.text) &&
      !VENUE_WORDS.has(previous.text) &&
      i - 1 > from;
    // "Professor Jane Doe of the University of Malta": a name headed by its own organization word.
    // "the City of Porto's Water Department": the place owns the organization after it; "of" stays.
    const ofOrganization =
      head !== undefined &&
      !opensWithPlaceOf(context, range, i) &&
      !(head.possessive && rangeTerms(context, left).every((t) => t.tags.has('EntPlaceSuffix'))) &&
      !rangeTerms(context, left).some((t) => t.tags.has('EntOrgSuffix') || t.tags.has('EntEventWord')) &&
      rangeTerms(context, { from: head.index, to: range.to }).some(
        (t) => t.tags.has('EntOrgSuffix') && isCapitalized(t) && !t.tags.has('EntPlaceSuffix'),
      );
    // "Jane Doe of Malawi": a name placed by its country, when the words before it head no name.
    const ofPlace =
      !rangeTerms(context, left).some((t) => NAME_HEAD_TAGS.some((tag) => t.tags.has(tag))) &&
      (isKnownPlace(context, { from: i + 1, to: range.to }) ||
        isListedTown(context, { from: i + 1, to: range.to })) &&
      looksLikeName(context, left);
    const rest = { from: next.text === 'the' ? i + 2 : i + 1, to: range.to };
    if (term.text === 'of' && isUnitOfOrganization(context, left, rest)) {
      from = rest.from;
      continue;
    }
    // "Velmar GmbH of Kessel", "Tarvel Rugby Club of Ostrana": a complete name, then where it is based.
    const ofBase = endsBeforeBase(context, left, rest);
    // "Ana Wanjiru of the Tarvel Road Harriers club": a person, and the team named before its noun.
    const ofTeam = isNamedBeforeTeamNoun(context, rest) && looksLikeName(context, left);
    // "Velmar GmbH of Kessel and Orvo Foods Inc.": the base ends at the "and" that opens the next name.
    const baseEnd = ofBase ? rangeTerms(context, rest).findIndex((t) => t.text === 'and') : -1;
    if (term.text === 'of' && baseEnd > 0) {
      parts.push(left, { from: rest.from, to: rest.from + baseEnd - 1 });
      from = rest.from + baseEnd + 1;
      i = from;
      continue;
    }
    // "Provincial Municipality of Kessora": a local government's ranked head, then the place it governs.
    const governs = isRankedLocalGovernmentHead(rangeTerms(context, left).map((t) => t.text));
    if (
      term.text === 'of' &&
      !governs &&
      (placeOfPlace ||
        ofOrganization ||
        ofPlace ||
        ofBase ||
        ofTeam ||
        isGivenNamePlaced(context, left, rest))
    ) {
      parts.push(left);
      from = next.text === 'the' ? i + 2 : i + 1;
      continue;
    }
    if ((term.text !== 'and' && term.text !== '&') || term.tags.has('Place')) continue;
    const right = { from: i + 1, to: range.to };
    if (isOneNameAcrossAnd(context, { from, to: i - 1 }, right)) continue;
    if (
      (isTitleWord(next) && isCapitalized(next)) ||
      // "Universidad de X and Universidade Y": a head written first opens the next organization.
      (next.tags.has('EntOrgHeadFirst') &&
        /^\p{Lu}/u.test(next.text) &&
        hasOrganizationHead(context, left)) ||
      // "Peru's Ana Lima and Chile's Jo Vidal": a new owner's possessive opens the next name.
      (next.possessive && isKnownPlace(context, { from: i + 1, to: i + 1 })) ||
      (inList && !rangeTerms(context, left).some((t) => t.text === 'of' || t.text === 'for')) ||
      isCompleteName(context, left) ||
      joinsTwoPersonalNames(context, left, right) ||
      joinsTwoFeatures(context, left, right) ||
      headsOrganizationOfItsOwn(context, left, right) ||
      // "East African and Horn of Africa countries": a people's adjective ends a list item of its own.
      (previous.tags.has('Demonym') && !isKnownPlace(context, range)) ||
      // "between Kelvani Power and Brenmark Grid", "between the Kessu and Orvel station": two sides, one on
      // each side of "and".
      (wordBeforeArticle(context, range).term?.text === 'between' &&
        from === range.from &&
        hasOneAnd(context, range)) ||
      (!titlesQualifyOrganizationHead(context, left) && splitTitle(context, left) !== null) ||
      // "in Tembe and Kwalo": two bare names after a preposition of place are two places.
      (isLocativeRun(context, range) &&
        !isKnownPlace(context, range) &&
        isBareTownName(context, { from, to: i - 1 }) &&
        isBareTownName(context, right)) ||
      // "in Ostrava and Lisbon": a known place after "and", the two not one place's name.
      // "via Chiclayo and Sialkot": a town of the gazetteer after "and" counts as a known place.
      ((isKnownPlace(context, right) || isListedTown(context, right)) &&
        !isKnownPlace(context, range) &&
        !hasOrganizationHead(context, left)) ||
      startsWithKnownForm(context, right)
    ) {
      parts.push(left);
      from = i + 1;
    }
  }
  parts.push({ from, to: range.to });
  return parts;
}

/**
 * "the Harbour and Canal Museum", "the State Loom and Craft Corporation": after "the", words with no head
 * of their own joined by "and" to a name with an organization head are one name. A country or a city
 * before "and" ("the Netherlands and Acme Foundation") still names a place of its own.
 */
function isOneNameAcrossAnd(context: EntityContext, left: TermRange, right: TermRange): boolean {
  const article = termBefore(context, left);
  const opener = context.terms[left.from];
  const opensWithThe = article?.text.toLowerCase() === 'the' || opener?.text === 'The';
  const last = context.terms[left.to];
  if (!opensWithThe || !last || left.from > left.to) return false;
  const rightTerms = rangeTerms(context, right);
  const rightHead = rightTerms[rightTerms.length - 1];
  const headed =
    hasOrganizationHead(context, right) ||
    (rightTerms.length >= 2 && rightHead !== undefined && INSTITUTION_WORDS.has(rightHead.text));
  const leftTerms = rangeTerms(context, left);
  const ownHead = leftTerms.some(
    (t) => NAME_HEAD_TAGS.some((tag) => t.tags.has(tag)) && !t.tags.has('EntTitle'),
  );
  const placeOfItsOwn = ['Country', 'City'].some((tag) => last.tags.has(tag));
  return (
    headed &&
    !ownHead &&
    !placeOfItsOwn &&
    !leftTerms.some((t) => t.tags.has('EntLexOrganization') || isAcronym(t.text)) &&
    !context.knownForms.has(rangeText(context, left))
  );
}

const INSTITUTION_WORDS = new Set(['Museum', 'Gallery', 'Library']);

/** Heads of venues, which name the city they stand in after "of" ("Royal Palace of Tarvel"). */
const VENUE_WORDS = new Set([
  'Garden',
  'Gardens',
  'Hall',
  'Palace',
  'Square',
  'Cathedral',
  'Basilica',
  'Castle',
  'Fortress',
  'Citadel',
  'Theatre',
  'Theater',
  'Temple',
  'Mosque',
  'Stadium',
  'Arena',
]);

const NAME_HEAD_TAGS = ['EntOrgSuffix', 'EntPlaceSuffix', 'EntPlaceHead', 'EntEventWord', 'EntTitle'];

/**
 * "Liam Okafor of Kessel won": a given name and a surname, then "of" and one or two capitalized words
 * that head no name of their own: the person, and where (or with whom) they are. Each part is then read
 * by itself, so an unknown place or club after "of" never hides the person.
 */
function isGivenNamePlaced(context: EntityContext, left: TermRange, rest: TermRange): boolean {
  const person = rangeTerms(context, left);
  const after = rangeTerms(context, rest);
  const named =
    person.length >= 2 &&
    person.length <= 4 &&
    !person.some((t) => NAME_HEAD_TAGS.some((tag) => t.tags.has(tag)));
  const bare =
    after.length >= 1 &&
    after.length <= 2 &&
    after.every((t) => isCapitalized(t) && !NAME_HEAD_TAGS.some((tag) => t.tags.has(tag)));
  return (
    named &&
    ((person[0]?.tags.has('FirstName') === true && bare) || qualifiesOrganizationNoun(context, left, rest))
  );
}

/**
 * "Amina Wekesa of the Eldoret Road Runners club": a person's name, then "of the" and the name of a club,
 * team or school written before its common noun in lower case; the words after "of" name that group.
 *
 * @example
 * qualifiesOrganizationNoun(context, rangeOf('Amina Wekesa'), rangeOf('Eldoret Road Runners')) // true
 */
export function qualifiesOrganizationNoun(context: EntityContext, left: TermRange, rest: TermRange): boolean {
  const noun = context.terms[rest.to + 1];
  const article = context.terms[rest.from - 1];
  return (
    article?.text === 'the' &&
    context.terms[left.from]?.tags.has('Person') === true &&
    context.terms[rest.to]?.post === ' ' &&
    noun !== undefined &&
    /^\p{Ll}/u.test(noun.text) &&
    noun.tags.has('EntOrgSuffix') &&
    looksLikeName(context, left)
  );
}

/**
 * "the University of Tarvel and Kelmor Institute of Technology": a name with "of" before "and", and after
 * it words with an organization head of their own, are two organizations. "Ministry of Trade and Industry",
 * "Department of Water and Sanitation": fields of one body, with no head after "and", stay one name.
 */
function headsOrganizationOfItsOwn(context: EntityContext, left: TermRange, right: TermRange): boolean {
  const leftTerms = rangeTerms(context, left);
  const head = headTerm(context, right);
  // "Research Centre": a head that may also name a venue still opens a body of its own; a plural field
  // ("Health and Human Services") is no head.
  const headed =
    head !== undefined && isCapitalized(head) && head.tags.has('EntOrgSuffix') && !/s$/.test(head.text);
  return (
    right.to > right.from &&
    headed &&
    leftTerms.some((term) => term.text === 'of' || term.text === 'for') &&
    hasOrganizationHead(context, left)
  );
}

function isCompleteName(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (!last) return false;
  if (rangeTerms(context, range).some((term) => term.text === 'of' || term.text === 'for')) {
    // "the Government of Malawi and Acme International": an organization of a place is complete.
    return hasOrganizationHead(context, range) && isKnownPlace(context, { from: range.to, to: range.to });
  }
  if (context.knownForms.has(rangeText(context, range))) return true;
  if (
    last.tags.has('EntOrgSuffix') ||
    isLegalForm(last.text) ||
    rangeTerms(context, range).some((t) => t.tags.has('EntLexOrganization'))
  ) {
    return true;
  }
  // "Barangay Kessu and Barangay Orvala": a division named with its own language's word is complete.
  if (isKnownPlace(context, range) || namesLocalDivision(rangeTerms(context, range).map((t) => t.text)))
    return true;
  return range.to - range.from <= 1 && rangeTerms(context, range).every((term) => term.tags.has('Person'));
}

/** How many words a personal name on either side of "and" may have ("Jóna Björk Hauksdóttir"). */
const MAX_PERSONAL_NAME_WORDS = 4;

/**
 * "by Jóna Björk Hauksdóttir and Tómas Ari Guðmundsson": two full personal names joined by "and", the
 * second opened by a given name, neither with a head of another name; of two words or more each, so
 * "Marks and Spencer" stays one name.
 */
function joinsTwoPersonalNames(context: EntityContext, left: TermRange, right: TermRange): boolean {
  const personal = (range: TermRange) => {
    const words = range.to - range.from + 1;
    const terms = rangeTerms(context, range);
    return (
      words >= 2 &&
      words <= MAX_PERSONAL_NAME_WORDS &&
      terms.every((t) => isCapitalized(t) && !NAME_HEAD_TAGS.some((tag) => t.tags.has(tag))) &&
      looksLikeName(context, range)
    );
  };
  return context.terms[right.from]?.tags.has('FirstName') === true && personal(left) && personal(right);
}

/**
 * Whether the range is, or opens with, a form the text defines in parentheses.
 *
 * @example
 * startsWithKnownForm(context, range) // true for "AATC Media" after "(AATC)"
 */
export function startsWithKnownForm(context: EntityContext, range: TermRange): boolean {
  const text = rangeText(context, range);
  return [...context.knownForms].some((form) => text === form || text.startsWith(`${form} `));
}

/** "between Kelvani Power and Brenmark Grid": one "and", so it can only part the two sides. */
function hasOneAnd(context: EntityContext, range: TermRange): boolean {
  return rangeTerms(context, range).filter((term) => term.text === 'and').length === 1;
}

/**
 * "the Bay of Kelp Rowing Association", "Gulf of Tarn Fishers Union": a name opened by a place of the form
 * "Bay of X" names the body after that place; "of" does not end a name there.
 */
function opensWithPlaceOf(context: EntityContext, range: TermRange, of: number): boolean {
  const opener = context.terms[of - 1];
  const named = context.terms[of + 1];
  return (
    of - 1 === range.from &&
    opener?.tags.has('EntPlaceHead') === true &&
    named !== undefined &&
    isCapitalized(named) &&
    context.terms[of]?.text === 'of'
  );
}
