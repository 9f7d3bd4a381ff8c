import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isTitleWord } from '../people/people.ts';

/** Nouns of a joint undertaking after "in ... with" ("in partnership with X"). */
const PARTNERSHIP_NOUNS = new Set([
  'partnership',
  'cooperation',
  'co-operation',
  'collaboration',
  'conjunction',
]);

/** Documents two parties sign ("a memorandum between X and Y"). */
const AGREEMENT_NOUNS = new Set([
  'memorandum',
  'agreement',
  'mou',
  'moa',
  'accord',
  'contract',
  'arrangement',
  'partnership',
  'deal',
]);

/** What only an organization has, written after its possessive ("Kivora's chief executive"). */
const ORGANIZATION_OWNED = new Set([
  'ceo',
  'cfo',
  'coo',
  'shareholders',
  'subsidiary',
  'subsidiaries',
  'headquarters',
  'workforce',
  'employees',
]);

/** Verbs whose subject, after "which", is an organization: what it pays for, makes or employs. */
const ORGANIZATION_DEEDS = new Set([
  'funds',
  'funded',
  'sponsors',
  'sponsored',
  'employs',
  'employed',
  'manufactures',
  'manufactured',
  'insures',
  'lends',
  'publishes',
  'broadcasts',
  'flew',
  'flies',
  'donated',
]);

/**
 * How strongly the role the name plays in the event says it is an organization, with no keyword in the
 * name: a partner ("in partnership with X", "with the support of X", "supported by X"), a party to an
 * agreement ("a memorandum between X and Y"), an owner of what only a company has ("X's chief
 * executive", "X's shareholders"), the subject of a company's deed ("X, which funds ..."); the name
 * set off after a kind of organization ("the city's transport operator, X,") says less: 2. A person
 * (a known given name), a place compromise knows and a name that qualifies a noun after it are left to
 * their own rules: 0.
 *
 * @example
 * organizationRoleEvidence(context, rangeOf('Kivora')) // 3 in 'in partnership with Kivora'
 */
export function organizationRoleEvidence(context: EntityContext, range: TermRange): number {
  const words = rangeTerms(context, range);
  const place = words.every((word) => word.tags.has('Place'));
  // "KTIA chairman Jo Kim": before a title in lower case, the acronym is whose title it is.
  if (!place && isActingAcronym(context, range)) return 3;
  if (place || words.some((word) => word.tags.has('Person')) || qualifiesNoun(context, range)) return 0;
  if (isPartner(context, range) || isPartyToAgreement(context, range)) return 3;
  if (ownsWhatOnlyCompaniesHave(context, range) || doesCompanyDeed(context, range)) return 3;
  return followsKindOfBody(context, range) ? 2 : 0;
}

/**
 * "The city's transport operator, Tarvel Transit, ran extra trams": the name set off by commas after a
 * noun phrase whose head is a kind of organization, in lower case and singular.
 */
function followsKindOfBody(context: EntityContext, range: TermRange): boolean {
  const noun = termBefore(context, range);
  const last = context.terms[range.to];
  if (noun?.post.trim() !== ',' || last?.post.trim() !== ',') return false;
  if (!/^\p{Ll}+$/u.test(noun.text) || !noun.tags.has('EntOrgNoun') || noun.tags.has('Plural')) return false;
  for (let distance = 2; distance <= 5; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || /[,;:.]/.test(term.post)) return false;
    if (term.possessive || ['the', 'its', 'their'].includes(term.text.toLowerCase())) return true;
  }
  return false;
}

/** The term before the range, past an article. */
function wordBefore(context: EntityContext, range: TermRange, distance = 1): EntityTerm | undefined {
  const skip = termBefore(context, range)?.text.toLowerCase() === 'the' ? 1 : 0;
  return termBefore(context, range, distance + skip);
}

/** "in partnership with X", "with the support of X", "supported by X". */
function isPartner(context: EntityContext, range: TermRange): boolean {
  const before = wordBefore(context, range)?.text.toLowerCase();
  const second = wordBefore(context, range, 2)?.text.toLowerCase() ?? '';
  const third = wordBefore(context, range, 3)?.text.toLowerCase();
  if (before === 'with') return PARTNERSHIP_NOUNS.has(second) && third === 'in';
  if (before === 'of') return second === 'support' && ['the', 'with'].includes(third ?? '');
  return before === 'by' && second === 'supported';
}

/** "a memorandum between X and Y", "the agreement between X and the Y Foundation". */
function isPartyToAgreement(context: EntityContext, range: TermRange): boolean {
  let before = wordBefore(context, range);
  let at = range.from - (termBefore(context, range)?.text.toLowerCase() === 'the' ? 2 : 1);
  if (before?.text === 'and') {
    // Back over the first party ("between Acme Foods and X"): capitalized words only.
    at--;
    while (at >= 0 && /^\p{Lu}/u.test(context.terms[at]?.text ?? '') && at > range.from - 8) at--;
    if (context.terms[at]?.text === 'the') at--;
    before = context.terms[at];
  }
  if (before?.text !== 'between' || before.sentence !== context.terms[range.from]?.sentence) return false;
  for (let index = at - 1; index >= Math.max(0, at - 5); index--) {
    const term = context.terms[index];
    if (!term || /[,;:.]/.test(term.post)) return false;
    if (AGREEMENT_NOUNS.has(term.text.toLowerCase())) return true;
  }
  return false;
}

/** "Kivora's chief executive", "Kivora's shareholders": a single name owning what only a company has. */
function ownsWhatOnlyCompaniesHave(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const owned = termAfter(context, range);
  if (!last?.possessive || !owned) return false;
  const word = owned.text.toLowerCase();
  if (word === 'chief') return termAfter(context, range, 2)?.text.toLowerCase() === 'executive';
  return ORGANIZATION_OWNED.has(word) || (word === 'board' && termAfter(context, range, 2)?.text === 'of');
}

/** "X, which funds the prize", "X, which flew the teams": a company's deed after "which". */
function doesCompanyDeed(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (last?.post.trim() !== ',' || termAfter(context, range)?.text !== 'which') return false;
  const verb = termAfter(context, range, 2);
  const next = termAfter(context, range, 3);
  const deed = (term: EntityTerm | undefined) => ORGANIZATION_DEEDS.has(term?.text.toLowerCase() ?? '');
  return deed(verb) || (verb?.text === 'also' && deed(next));
}

/** "the Tarvel residents": a name right before a lower-case noun qualifies it. */
function qualifiesNoun(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  const after = termAfter(context, range);
  return (
    last?.post === ' ' &&
    !last.possessive &&
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    after.tags.has('Noun') &&
    !after.tags.has('Verb')
  );
}

/** What a body does as the subject of a sentence ("KNA signed", "TLC will host"). */
const BODY_ACTS = new Set([
  'signed',
  'announced',
  'launched',
  'unveiled',
  'opened',
  'organised',
  'organized',
  'hosted',
  'funded',
  'pledged',
  'welcomed',
  'partnered',
  'said',
  'says',
]);

/**
 * "KNA signed the agreement", "TLC will host the fair", "KTIA chairman Jo Kim": an acronym of three
 * letters or more that acts as the subject of a body's verb, or owns a title in lower case, is an
 * organization (a country's code is a place compromise knows, left out).
 */
function isActingAcronym(context: EntityContext, range: TermRange): boolean {
  const word = context.terms[range.from];
  if (range.from !== range.to || !word || !/^\p{Lu}{3,6}$/u.test(word.text) || word.post !== ' ')
    return false;
  const after = termAfter(context, range);
  if (!after) return false;
  if (BODY_ACTS.has(after.text)) return true;
  return /^\p{Ll}/u.test(after.text) && isTitleWord(after) && after.post === ' ';
}
