import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { institutionNumberLength } from '../entities/entity-name-numbers.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { isLegalForm, isLowerCaseLegalForm, isPrefixLegalForm } from '../entities/legal-forms.ts';
import { quotedNameStart } from '../entities/name-quote-marks.ts';
import { isNamedSite } from '../locations/location-venues.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { HEADS_ONLY_WRITTEN_FIRST } from '../nlp/plugins/vocabulary/organization-words.ts';
import { isTitleWord } from '../people/people.ts';
import { isMeetingEvent, isNationalScheme, isProgrammeOfBody, isSeasonalCourse } from './event-cues.ts';
import { hasEditionShortForm } from './event-gatherings.ts';
import { opensWithProfessionalFirm } from './organization-professional-firms.ts';

const HEAD_CONNECTORS = new Set([
  'of',
  'for',
  'on',
  'de',
  'da',
  'do',
  'del',
  'des',
  'du',
  'der',
  'di',
  'della',
]);

/**
 * Whether the words are the name of an event, a document or a program ("Water Summit", "Declaration
 * of Peace"): its head noun is an event word, so it is no organization even when it names one inside.
 *
 * @example
 * isEventName(context, rangeOf('Lisbon City Marathon')) // true
 */
export function isEventName(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const head = headTerm(context, range);
  if (head?.tags.has('EntEventWord') || isMeetingEvent(context, range)) return true;
  if (hasEditionShortForm(context, range) || isSeasonalCourse(context, range)) return true;
  if (isNationalScheme(context, range) || isProgrammeOfBody(context, range)) return true;
  const first = terms[0];
  if (first?.tags.has('EntEventWord') && HEAD_CONNECTORS.has(terms[1]?.text ?? '')) return true;
  // "MINEXPO 2024", "the 4th World Investment Forum": a name with its year or its number is an event,
  // unless it only qualifies a noun after it ("the 48th Acme Forum leaders meeting").
  const before = termBefore(context, range);
  const after = termAfter(context, range);
  const last = terms[terms.length - 1];
  if (after && /^(?:19|20)\d\d$/.test(after.text) && last?.post.trim() === '') return true;
  // "its Long-Term Care 3.0 plan", "the Smart Port 2.0 strategy": a name with its version before the word
  // of what it names is a programme's or a product's.
  const versioned = after !== undefined && /^\d{1,2}\.0$/.test(after.text) && last?.post.trim() === '';
  const named = termAfter(context, range, 2);
  const namesThing =
    named !== undefined &&
    /^\p{Ll}/u.test(named.text) &&
    (named.tags.has('Noun') || named.tags.has('EntEventWord'));
  if (versioned && after.post === ' ' && namesThing) return true;
  const qualifiesNoun =
    after !== undefined && last?.post.trim() === '' && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  return before !== undefined && /^\d+(?:st|nd|rd|th)$/.test(before.text) && !qualifiesNoun;
}

/**
 * The head noun of a name: the word before its first "of"/"for"/"on", or its last word. In "Consulate
 * General of Peru", "Directorate General for Trade", "General" only ranks the head before it.
 *
 * @example
 * headTerm(context, rangeOf('Consulate General of Peru'))?.text // 'Consulate'
 * headTerm(context, rangeOf('Kessel Trade School "Ana Orvo"'))?.text // 'School'
 */
export function headTerm(context: EntityContext, range: TermRange): EntityTerm | undefined {
  // "Kessu School No. 7": the number after the head names which one.
  const all = rangeTerms(context, range);
  const terms = all.slice(0, all.length - institutionNumberLength(all));
  // "Bay of Kelp Rowing Association": a place of the form "Bay of X" opens the name; the head follows it.
  const named = namedAfterPlaceOf(terms);
  const connector = terms.findIndex((term, index) => index > named && HEAD_CONNECTORS.has(term.text));
  // "Trade School "Ana Orvo"": a name in quotation marks follows the head that carries it.
  const quoted = quotedNameStart(terms);
  const cut = connector > 0 && (quoted < 0 || connector < quoted) ? connector : quoted;
  const head = cut > 0 ? cut - 1 : terms.length - 1;
  const ranked = terms[head]?.text === 'General' && terms[head - 1]?.tags.has('EntOrgSuffix') === true;
  return ranked ? terms[head - 1] : terms[head];
}

/**
 * Where the rest of a name opened by a place of the form "Bay of X" starts ("Bay of Kelp Rowing
 * Association" gives 2), when an organization's word follows; 0 otherwise.
 */
function namedAfterPlaceOf(terms: readonly EntityTerm[]): number {
  const [first, of] = terms;
  const bodyAfter = terms
    .slice(2)
    .some((term) => term.tags.has('EntOrgSuffix') && !term.tags.has('EntPlaceSuffix') && isCapitalized(term));
  return first?.tags.has('EntPlaceHead') && of?.text === 'of' && bodyAfter ? 2 : 0;
}

/**
 * Whether the title words in the name all qualify its organization head ("Kano State Chamber of
 * Commerce, Industry and Mines", "Deputy Ministers' Council"): the words are that organization's name, not a
 * title before a person's.
 *
 * @example
 * titlesQualifyOrganizationHead(context, rangeOf('Oyo State Chamber of Commerce, Trade and Mines')) // true
 */
export function titlesQualifyOrganizationHead(context: EntityContext, range: TermRange): boolean {
  if (!hasOrganizationHead(context, range)) return false;
  const terms = rangeTerms(context, range);
  const headWord = headTerm(context, range);
  const head = terms.indexOf(headWord as EntityTerm);
  const lastTitle = terms.findLastIndex((term) => isTitleWord(term) && isCapitalized(term));
  // "Editorial Director Ana Lima": a head written first leaves a person's name last, no head to qualify.
  const headed = headWord?.tags.has('EntOrgSuffix') === true || isLegalForm(headWord?.text);
  return headed && head > 0 && lastTitle >= 0 && lastTitle < head;
}

/**
 * Words of the offices that speak for an organization ("Press Service", "Communications Office",
 * "Corporate Communications").
 */
const SPOKESPERSON_UNIT_WORDS = new Set([
  'Corporate',
  'External',
  'Strategic',
  'Press',
  'Media',
  'Information',
  'Communications',
  'Communication',
  'Public',
  'Relations',
  'Service',
  'Office',
  'Unit',
  'Section',
  'Desk',
]);

/** Heads of such offices. */
const UNIT_HEADS = new Set(['Service', 'Office', 'Unit', 'Section', 'Desk']);

/**
 * "Press Service of the Ministry of Trade", "Media Office of Acme Group": the office that signs a release
 * for an organization is no organization of its own; the one after "of", with a head of its own, is.
 *
 * @example
 * isUnitOfOrganization(context, rangeOf('Press Office'), rangeOf('Ministry of Energy')) // true
 */
export function isUnitOfOrganization(context: EntityContext, unit: TermRange, owner: TermRange): boolean {
  const words = rangeTerms(context, unit);
  const head = words[words.length - 1];
  const signingOffice =
    head !== undefined &&
    UNIT_HEADS.has(head.text) &&
    words.every((word) => SPOKESPERSON_UNIT_WORDS.has(word.text));
  return (signingOffice || isCommunicationUnit(context, unit)) && hasOrganizationHead(context, owner);
}

/** Words that say an office speaks for its organization, rather than what it works on. */
const COMMUNICATION_WORDS = new Set([
  'Press',
  'Media',
  'Information',
  'Communications',
  'Communication',
  'Relations',
]);

/**
 * Heads of a communication unit named alone: those of a signing office, its department, its relations or
 * its communications ("Corporate Communications").
 */
const ALONE_UNIT_HEADS = new Set([...UNIT_HEADS, 'Department', 'Relations', 'Team', 'Communications']);

/**
 * "Press Office", "Office of Communications", "Media Relations", "Communications Department": a
 * communication unit named alone, as contact lines and bylines name it, is a part of the organization
 * that issues the release, no organization of its own. Every word is a unit word, one says what the unit
 * does, and its head is a unit's.
 *
 * @example
 * isCommunicationUnit(context, rangeOf('Press and Information Office')) // true
 * isCommunicationUnit(context, rangeOf('Press Association')) // false
 */
export function isCommunicationUnit(context: EntityContext, range: TermRange): boolean {
  const words = rangeTerms(context, range)
    .map((term) => term.text)
    .filter((word) => !UNIT_CONNECTORS.has(word));
  const head = headTerm(context, range)?.text ?? '';
  if (isHeadsOwnOffice(context, range)) return true;
  return (
    words.length >= 2 &&
    ALONE_UNIT_HEADS.has(head) &&
    words.some((word) => COMMUNICATION_WORDS.has(word)) &&
    words.every((word) => SPOKESPERSON_UNIT_WORDS.has(word) || ALONE_UNIT_HEADS.has(word))
  );
}

const UNIT_CONNECTORS = new Set(['of', 'and', '&']);

/**
 * "Club Media", "University Communications", "Council Press": a bare organization head and a
 * communication word is the office of whichever club, university or council issues the release.
 */
function isHeadsOwnOffice(context: EntityContext, range: TermRange): boolean {
  const [kind, office] = rangeTerms(context, range);
  return (
    range.to === range.from + 1 &&
    kind !== undefined &&
    office !== undefined &&
    kind.tags.has('EntOrgSuffix') &&
    !kind.tags.has('EntPlaceSuffix') &&
    !kind.possessive &&
    COMMUNICATION_WORDS.has(office.text)
  );
}

/**
 * "Centre for Water Studies", "Centre of Hydrological Service of Kelmor": a head that may also name a
 * venue heads a body when "for" and a field follow, or "of" and a field of two words or more that names
 * no place ("Centre of Tarvel", "Centre of Tarvel Region" are places).
 */
function headsField(terms: readonly EntityTerm[], head: number): boolean {
  const connector = terms[head + 1]?.text;
  const first = terms[head + 2];
  if (head < 0 || first === undefined || !isCapitalized(first)) return false;
  if (connector === 'for') return true;
  const end = terms.findIndex((term, index) => index > head + 1 && HEAD_CONNECTORS.has(term.text));
  const field = terms.slice(head + 2, end < 0 ? terms.length : end);
  return (
    connector === 'of' &&
    field.length >= 2 &&
    !field.some((term) => FIELD_PLACE_TAGS.some((tag) => term.tags.has(tag)))
  );
}

/** The emblems that end the names of the movement's national societies, which have no other head. */
const RED_CROSS_EMBLEM = /^Red (?:Cross|Crescent|Crystal)$/;

const FIELD_PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'EntLexPlace', 'EntPlaceSuffix'];

const ONLY_WRITTEN_FIRST: ReadonlySet<string> = new Set(HEADS_ONLY_WRITTEN_FIRST);

/** Whether the word heads bodies only written first, as Malay and Indonesian write it ("Majlis"). */
function isHeadOnlyWrittenFirst(word: string): boolean {
  return ONLY_WRITTEN_FIRST.has(word.toLowerCase());
}

/**
 * Whether the name's head is an organization word ("Baltic Media Group", "Ministry of Law").
 *
 * @example
 * hasOrganizationHead(context, rangeOf('Ministry of Foreign Affairs')) // true
 */
export function hasOrganizationHead(context: EntityContext, range: TermRange): boolean {
  const head = headTerm(context, range);
  // "Vltava Grid a.s.": a legal form in lower case heads the company's name.
  if (range.from < range.to && isLowerCaseLegalForm(context.terms[range.to]?.text)) return true;
  // A head noun alone ("the Institute", "national TV") is a reference or a common noun, not a name.
  if (!head || !isCapitalized(head) || range.from === range.to) return false;
  const terms = rangeTerms(context, range);
  // "the Kessu Hill Community Club": a club open to a neighbourhood is a site, though "Club" heads bodies.
  if (isNamedSite(terms)) return false;
  // "Orvani Majlis": a Malay head written last is a loan word of English, a venue's.
  const endsInLoanWord = range.to === head.index && isHeadOnlyWrittenFirst(head.text);
  if (head.tags.has('EntOrgSuffix') && !head.tags.has('EntPlaceSuffix') && !endsInLoanWord) return true;
  // "the Kessian Red Crescent", "Tarvonian Red Cross": a national society of the Red Cross movement.
  if (terms.length >= 3 && RED_CROSS_EMBLEM.test(`${terms[terms.length - 2]?.text} ${head.text}`))
    return true;
  if (head.tags.has('EntOrgSuffix') && headsField(terms, terms.indexOf(head))) return true;
  // "Brunnby Kraft AB", "PT Sinar Laut": a company's legal form, after or before its name.
  if (isLegalForm(terms[terms.length - 1]?.text) || isPrefixLegalForm(terms[0]?.text)) return true;
  if (opensWithProfessionalFirm(terms.map((term) => term.text))) return true;
  // A head written first, as other languages write it ("Instituto Federal de X", "Banco Y").
  const first = terms[0];
  if (
    first?.tags.has('EntOrgHeadFirst') &&
    !first.tags.has('EntPlaceSuffix') &&
    !head.tags.has('EntPlaceSuffix')
  ) {
    if (!head.tags.has('EntEventWord') && /^\p{Lu}/u.test(first.text)) return true;
  }
  // A suffix followed by a place or a code still heads the name ("Media Group Europe", "Acme Bank UK").
  const suffixAt = terms.findIndex(
    (term) => term.tags.has('EntOrgSuffix') && !term.tags.has('EntPlaceSuffix'),
  );
  const tail = terms[terms.length - 1];
  const tailIsPlaceOrCode = tail !== undefined && (tail.tags.has('Place') || /^\p{Lu}{2,}$/u.test(tail.text));
  return (
    suffixAt >= 1 &&
    suffixAt === terms.length - 2 &&
    isCapitalized(terms[suffixAt] ?? head) &&
    tailIsPlaceOrCode
  );
}
