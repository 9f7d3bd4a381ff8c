import {
  type EntityContext,
  rangeTerms,
  rangeText,
  type TermRange,
  termAfter,
  termBefore,
} from '../entities/entity-context.ts';
import { isAcronym, isCapitalized } from '../entities/entity-word-shape.ts';
import { isLegalForm as isLegalFormText } from '../entities/legal-forms.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isTitleWord } from '../people/people.ts';
import { isActingLocalGovernment } from './local-government.ts';
import {
  isActingInstitution,
  isListedStock,
  isSponsor,
  isWorkplace,
  launchesAsCompany,
  speaksInStatement,
} from './organization-acts.ts';
import { appositiveNamesOrganization } from './organization-appositives.ts';
import { isClosingCredit } from './organization-credits.ts';
import { isCurrencyCode } from './organization-currency-codes.ts';
import { isGenericBody } from './organization-generic-bodies.ts';
import { hasOrganizationHead } from './organization-heads.ts';
import { isPartnersJointBody } from './organization-joint-bodies.ts';
import { isLaunchedProduct } from './organization-launched-products.ts';
import { isExchangeListing, isListedCompany } from './organization-listings.ts';
import { isSchoolOfMembers } from './organization-members.ts';
import { placeNamedBodyEvidence } from './organization-place-names.ts';
import { isPlaceShortForm } from './organization-place-short-forms.ts';
import { organizationRoleEvidence } from './organization-roles.ts';
import { teamEvidence } from './team-names.ts';

/**
 * How strongly the context says the words name an organization: its head noun, compromise's lexicon,
 * an appositive ("X, a leading provider of ..."), an organization noun before it ("the firm X"), a
 * title after an acronym ("BMG President"), a wire-service credit in the dateline.
 *
 * @example
 * organizationEvidence(context, rangeOf('Acme Foundation')) // 3: its head noun
 */
export function organizationEvidence(context: EntityContext, range: TermRange): number {
  const terms = rangeTerms(context, range);
  const before = termBefore(context, range);
  const after = termAfter(context, range);
  const last = terms[terms.length - 1];
  if (isNationalGovernmentModifier(context, range) || isCurrencyCode(context, range)) return 0;
  if (isPlaceShortForm(context, range) || isGenericBody(context, range)) return 0;
  if (isLaunchedProduct(context, range)) return 0;
  let score = 0;
  if (hasOrganizationHead(context, range)) score += 3;
  // compromise's lexicon knows the name; its tagging from context alone is weaker evidence.
  if (terms.every((term) => term.tags.has('EntLexOrganization') || !isCapitalized(term))) score += 2;
  else if (terms.every((term) => term.tags.has('Organization') || !isCapitalized(term))) {
    score += terms.length >= 2 ? 2 : 1;
  }
  // "the WTO was pleased", "the NWC will support": an acronym with an article, subject of a verb.
  if (terms.length === 1 && isAcronym(last?.text ?? '') && before?.text.toLowerCase() === 'the') {
    if (after?.tags.has('Verb') && last?.post.trim() === '') score += 1;
  }
  if (before?.tags.has('EntOrgNoun') && before.post.trim() === '' && !/s$/.test(before.text)) score += 2;
  if (appositiveNamesOrganization(context, range)) score += 2;
  if (
    terms.length <= 2 &&
    isAcronym(last?.text ?? '') &&
    after &&
    isTitleWord(after) &&
    isCapitalized(after)
  ) {
    score += 2;
  }
  if (isWireCredit(context, range) || isClosingCredit(context, range)) score += 3;
  if (isListedCompany(context, range) || isExchangeListing(context, range)) score += 3;
  // "Acme Analytics, Inc.": a name followed by its legal form.
  if (context.terms[range.to]?.post.trim() === ',' && isLegalForm(after)) score += 3;
  if (terms.length >= 2 && terms[terms.length - 2]?.post.trim() === ',' && isLegalForm(last)) score += 3;
  if (before && ['of', 'at'].includes(before.text) && termBefore(context, range, 2)?.tags.has('EntTitle')) {
    score += 1;
  }
  // "UN agencies" where the text also names the "UN Refugee Agency": an acronym that opens a defined
  // organization's name, qualifying organizations of its own.
  const qualifiesOrganizations =
    after !== undefined && /^\p{Ll}/u.test(after.text) && after.tags.has('EntOrgNoun') && last?.post === ' ';
  if (terms.length === 1 && isAcronym(last?.text ?? '') && qualifiesOrganizations) {
    if (openingWordsOf(context.knownForms).has(last?.text ?? '')) score += 1;
  }
  if (terms.length === 1 && isAcronym(last?.text ?? '') && namedByOrganizationNoun(context, range))
    score += 2;
  if (isWorkplace(context, range) || isPartnersJointBody(context, range)) score += 3;
  if (isSchoolOfMembers(context, range)) score += 3;
  if (speaksInStatement(context, range) || isListedStock(context, range)) score += 3;
  if (isSponsor(context, range)) score += 3;
  if (launchesAsCompany(context, range)) score += 2;
  // "Acme Freight's chief executive": the possessive of a name before a lower-case title.
  const titleAfterPossessive = after !== undefined && isTitleWord(after) && /^\p{Ll}/u.test(after.text);
  if (terms.length >= 2 && last?.possessive && titleAfterPossessive) score += 2;
  if (isActingInstitution(context, range) || isActingLocalGovernment(context, range)) score += 4;
  score += teamEvidence(context, range) + organizationRoleEvidence(context, range);
  score += placeNamedBodyEvidence(context, range);
  return score;
}

const OPENING_WORDS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The first words of the defined names, computed once per release. */
function openingWordsOf(forms: ReadonlySet<string>): ReadonlySet<string> {
  let words = OPENING_WORDS.get(forms);
  if (!words) {
    words = new Set([...forms].filter((form) => form.includes(' ')).map((form) => form.split(' ')[0] ?? ''));
    OPENING_WORDS.set(forms, words);
  }
  return words;
}

/**
 * "Indonesia's KATA news agency", "the ZETA group": an acronym before a singular organization noun in
 * lower case is that organization's name; after "a"/"an" ("an ICT firm") it only says what kind.
 */
function namedByOrganizationNoun(context: EntityContext, range: TermRange): boolean {
  const article = termBefore(context, range)?.text.toLowerCase();
  if (article === 'a' || article === 'an' || context.terms[range.to]?.post !== ' ') return false;
  const first = termAfter(context, range);
  const second = termAfter(context, range, 2);
  const isNoun = (term: EntityTerm | undefined) =>
    term !== undefined &&
    /^\p{Ll}+$/u.test(term.text) &&
    !term.tags.has('Plural') &&
    (term.tags.has('EntOrgNoun') || (term.tags.has('EntOrgSuffix') && !term.tags.has('EntPlaceSuffix')));
  if (isNoun(first)) return true;
  // "news agency": one noun before the organization noun.
  return first?.post === ' ' && first.tags.has('Noun') && /^\p{Ll}+$/u.test(first.text) && isNoun(second);
}

function isLegalForm(term: EntityTerm | undefined): boolean {
  return isLegalFormText(term?.text);
}

/** A credit in the first lines: "/WirePress/", "(NEWSDESK)", "Sep. 06, XNA –". */
function isWireCredit(context: EntityContext, range: TermRange): boolean {
  const first = context.terms[range.from];
  const last = context.terms[range.to];
  if (!first || !last || first.start > 300) return false;
  // A short acronym in parentheses after a place is a region code ("Tema (VR)"), not a credit.
  const long = context.text.slice(first.start, last.end).replace(/[^\p{L}]/gu, '').length >= 4;
  // "LIMA, May 2, 2026 (XNA):": after the date, any short form in parentheses is the credit.
  const previous = termBefore(context, range);
  const afterDate =
    previous !== undefined && (previous.tags.has('Date') || /^(?:19|20)\d\d$/.test(previous.text));
  const opened = /[/(]/.test(first.pre) && /[/)]/.test(last.post) && (long || afterDate);
  const dated = /^\s*[–—-]/.test(last.post) && termBefore(context, range)?.tags.has('Date') === true;
  return opened || dated || closesDateline(context, range);
}

/**
 * "Tarvel, October 14, KESSPRESS": a name in capitals after the date and a comma, ending the dateline's
 * line, is the agency that filed it (the caller looks only at the release's first lines).
 */
function closesDateline(context: EntityContext, range: TermRange): boolean {
  const previous = termBefore(context, range);
  const last = context.terms[range.to];
  const name = rangeText(context, range);
  if (!previous || !last || previous.post.trim() !== ',' || !/^\p{Lu}[\p{Lu}\d&-]+$/u.test(name))
    return false;
  const lineEnds = /\n/.test(last.post) || last.end === context.text.length;
  const afterDate = previous.tags.has('Date') || /^(?:19|20)\d\d$/.test(previous.text);
  const place = rangeTerms(context, range).some((term) => term.tags.has('Place'));
  return lineEnds && afterDate && !place;
}

/**
 * "Orvalian Government scholarships", "the Kessian Government grant": a people's adjective and
 * "Government" before a lower-case noun qualify that noun (a programme, a grant); no government is named.
 */
function isNationalGovernmentModifier(context: EntityContext, range: TermRange): boolean {
  const [people, government] = rangeTerms(context, range);
  const after = termAfter(context, range);
  return (
    range.to === range.from + 1 &&
    people?.tags.has('Demonym') === true &&
    government?.text === 'Government' &&
    government.post === ' ' &&
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    after.tags.has('Noun')
  );
}
