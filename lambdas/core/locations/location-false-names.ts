import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
  wordBeforeArticle,
} from '../entities/entity-context.ts';
import { isLegalForm, isPrefixLegalForm } from '../entities/legal-forms.ts';
import { isGerundOrPlural } from '../nlp/word-classes.ts';
import { isDivisionNoun } from './location-divisions.ts';
import { isGazetteerPlaceWord } from './location-place-words.ts';

/**
 * Names that look like places but, in their context, are not: a word of a web page or of a title
 * standing alone ("Photo", "State"), a city's hall named as the body that acts ("according to City
 * Hall"), a word compromise reads as a place only because a noun follows it ("Atlantic fishing").
 */

/**
 * Words that a page or a title capitalizes and that never name a place alone: captions and links
 * ("Photo: ...", "Video gallery"), the "State" of "Secretary of State", and the kind of place a title
 * covers ("Country Representative", "Regional Director"), pronouns and months.
 */
const NEVER_PLACES_ALONE = new Set([
  'State',
  'States',
  'Country',
  'Countries',
  'Nation',
  'Region',
  'Province',
  'District',
  'Territory',
  'Photo',
  'Photos',
  'Video',
  'Videos',
  'Image',
  'Images',
  'Picture',
  'Pictures',
  'Caption',
  'Credit',
  // Pronouns opening a sentence, which compromise can read as a place after a place's name ("It is a
  // living city").
  'It',
  'This',
  'That',
  'Here',
  'There',
  // Months, which compromise can read as a name after a phrasal verb ("signed in May.").
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

/**
 * True for a one-word name that a page or a title capitalizes and that names no place alone.
 *
 * @example
 * isNeverPlaceAlone(context, rangeOf('Photo')) // true in "Photo: Jane Doe"
 */
export function isNeverPlaceAlone(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  return terms.length === 1 && NEVER_PLACES_ALONE.has(terms[0]?.text ?? '');
}

/** The seat of a municipality, named for the council that sits there ("City Hall", "Town Hall"). */
const CIVIC_SEATS = new Set(['City', 'Town']);
/** Prepositions after which a name is where something is or happens. */
const SEAT_LOCATIVES = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'from',
  'to',
  'into',
  'opposite',
  'behind',
  'around',
]);

/**
 * "thanked Marvik City Hall", "according to Town Hall": a city's or town's hall named anywhere but after
 * a preposition of place is the council that acts, not a building ("the gala at Marvik Town Hall").
 *
 * @example
 * isCivicSeatAsBody(context, rangeOf('Marvik City Hall')) // true in "He thanked Marvik City Hall."
 * isCivicSeatAsBody(context, rangeOf('Marvik City Hall')) // false in "It was held at Marvik City Hall."
 */
export function isCivicSeatAsBody(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  const seat = terms[terms.length - 2];
  if (last?.text !== 'Hall' || seat === undefined || !CIVIC_SEATS.has(seat.text)) return false;
  // "According to": the source of a statement, not a destination.
  const to = termBefore(context, range)?.text.toLowerCase();
  if (to === 'to' && termBefore(context, range, 2)?.text.toLowerCase() === 'according') return true;
  return !SEAT_LOCATIVES.has(wordBeforeArticle(context, range).term?.text.toLowerCase() ?? '');
}

/** Lower-case nouns of geography a place's name stands before ("the Kessu rivers", "Tarvo village"). */
const GEOGRAPHY_NOUNS = new Set([
  'river',
  'rivers',
  'lake',
  'lakes',
  'sea',
  'seas',
  'mountains',
  'valley',
  'valleys',
  'island',
  'islands',
  'coast',
  'basin',
  'delta',
  'plains',
  'hills',
  'peninsula',
  'desert',
  'village',
  'villages',
  'town',
]);

/** compromise's tags of the places its lexicon knows by name. */
const LEXICON_PLACE_TAGS = ['EntLexPlace', 'Country', 'City', 'Region'];

/**
 * "a museum of Atlantic fishing", "Photo gallery": compromise reads a capitalized word before a noun as
 * a place although its lexicon does not know it; written straight before a lower-case noun, and after no
 * preposition of place, the word qualifies that noun.
 *
 * @example
 * isContextualPlaceModifier(context, rangeOf('Atlantic')) // true in "a museum of Atlantic fishing"
 */
export function isContextualPlaceModifier(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const last = terms[terms.length - 1];
  const after = termAfter(context, range);
  if (last === undefined || after === undefined || last.post !== ' ' || last.possessive) return false;
  const known = terms.some((term) => LEXICON_PLACE_TAGS.some((tag) => term.tags.has(tag)));
  const noun = after.tags.has('Noun') || after.tags.has('Gerund');
  if (known || !/^\p{Ll}/u.test(after.text) || !noun) return false;
  // "the Kessu and Oro rivers", "Tarvo village": a noun of geography says what the name is.
  if (GEOGRAPHY_NOUNS.has(after.text) || isDivisionNoun(after.text)) return false;
  // "at Nawo village", "in the Old Mill courtyard": after a preposition of place the name is where.
  return !SEAT_LOCATIVES.has(wordBeforeArticle(context, range).term?.text.toLowerCase() ?? '');
}

/**
 * "Tarvo Street Brewing", "Kessu Harbour Commissioners": compromise spreads the place of a street or a
 * harbour to the word after it, a trade or a body of people that ends the name of a firm or a board.
 *
 * @example
 * endsInTrade(context, rangeOf('Tarvo Street Brewing')) // true
 */
export function endsInTrade(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  return (
    range.to > range.from &&
    last !== undefined &&
    !isGazetteerPlaceWord(last) &&
    !last.tags.has('EntPlaceSuffix') &&
    isGerundOrPlural(last.text)
  );
}

/** Organization heads that also name the buildings they fill ("the Tarvo Sports Complex"). */
const BUILDINGS_OF_BODIES = new Set(['Complex']);

/**
 * "Tarvo State University", "Kessu Sea Trade Port CJSC": compromise spreads the place of the first word
 * to the rest, but a name ending in a head that only organizations take, or in a company's legal form,
 * names the body, not a place.
 *
 * @example
 * endsInOrganizationHead(context, rangeOf('Tarvo State University')) // true
 * endsInOrganizationHead(context, rangeOf('Tarvo State Park')) // false
 */
export function endsInOrganizationHead(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (range.to <= range.from || last === undefined || isGazetteerPlaceWord(last)) return false;
  const organizationOnly =
    last.tags.has('EntOrgSuffix') && !last.tags.has('EntPlaceSuffix') && !BUILDINGS_OF_BODIES.has(last.text);
  return organizationOnly || isLegalForm(last.text) || isPrefixLegalForm(last.text);
}

/** Heads a place and a body share, which a body's field before them makes the body's ("Research Centre"). */
const SHARED_HEADS = new Set(['Centre', 'Center']);
/** Fields of work that make a centre an institution, not a venue. */
const INSTITUTION_FIELDS = new Set(['Research']);

/**
 * "the Kessu Agricultural Research Centre": a centre of research is an institute that does the work,
 * not a venue like a convention or exhibition centre.
 *
 * @example
 * isResearchCentre(termsOf('Kessu Agricultural Research Centre')) // true
 * isResearchCentre(termsOf('Kessu Convention Centre')) // false
 */
export function isResearchCentre(terms: readonly { readonly text: string }[]): boolean {
  const last = terms[terms.length - 1]?.text ?? '';
  const field = terms[terms.length - 2]?.text ?? '';
  return SHARED_HEADS.has(last) && INSTITUTION_FIELDS.has(field);
}
