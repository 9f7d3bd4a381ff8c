import { type EntityContext, rangeTerms, type TermRange, termAfter, termBefore } from './entity-context.ts';
import { isAcronym, isCapitalized } from './entity-spans.ts';
import { isMeetingEvent } from './event-cues.ts';
import { isLegalForm as isLegalFormText, isPrefixLegalForm } from './legal-forms.ts';
import { isActingLocalGovernment } from './local-government.ts';
import type { EntityTerm } from './nlp/entity-terms.ts';
import { isClosingCredit } from './organization-credits.ts';
import { organizationRoleEvidence } from './organization-roles.ts';
import { isTitleWord } from './people.ts';
import { teamEvidence } from './team-names.ts';
import { wordUses } from './word-uses.ts';

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
  const first = terms[0];
  if (first?.tags.has('EntEventWord') && HEAD_CONNECTORS.has(terms[1]?.text ?? '')) return true;
  // "MINEXPO 2024", "the 4th World Investment Forum": a name with its year or its number is an event,
  // unless it only qualifies a noun after it ("the 48th Acme Forum leaders meeting").
  const before = termBefore(context, range);
  const after = termAfter(context, range);
  const last = terms[terms.length - 1];
  if (after && /^(?:19|20)\d\d$/.test(after.text) && last?.post.trim() === '') return true;
  const qualifiesNoun =
    after !== undefined && last?.post.trim() === '' && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun');
  return before !== undefined && /^\d+(?:st|nd|rd|th)$/.test(before.text) && !qualifiesNoun;
}

/**
 * The head noun of a name: the word before its first "of"/"for"/"on", or its last word. In "Consulate
 * General of Peru", "Directorate General for Trade", "General" only ranks the head before it.
 */
function headTerm(context: EntityContext, range: TermRange) {
  const terms = rangeTerms(context, range);
  const connector = terms.findIndex((term, index) => index > 0 && HEAD_CONNECTORS.has(term.text));
  const head = connector > 0 ? connector - 1 : terms.length - 1;
  const ranked = terms[head]?.text === 'General' && terms[head - 1]?.tags.has('EntOrgSuffix') === true;
  return ranked ? terms[head - 1] : terms[head];
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
  const head = terms.indexOf(headTerm(context, range) as EntityTerm);
  const lastTitle = terms.findLastIndex((term) => isTitleWord(term) && isCapitalized(term));
  return head > 0 && lastTitle >= 0 && lastTitle < head;
}

/** Words of the offices that speak for an organization ("Press Service", "Communications Office"). */
const SPOKESPERSON_UNIT_WORDS = new Set([
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
  if (!head || !UNIT_HEADS.has(head.text) || !words.every((word) => SPOKESPERSON_UNIT_WORDS.has(word.text)))
    return false;
  return hasOrganizationHead(context, owner);
}

/**
 * Whether the name's head is an organization word ("Baltic Media Group", "Ministry of Law").
 *
 * @example
 * hasOrganizationHead(context, rangeOf('Ministry of Foreign Affairs')) // true
 */
export function hasOrganizationHead(context: EntityContext, range: TermRange): boolean {
  const head = headTerm(context, range);
  // A head noun alone ("the Institute", "national TV") is a reference or a common noun, not a name.
  if (!head || !isCapitalized(head) || range.from === range.to) return false;
  if (head.tags.has('EntOrgSuffix') && !head.tags.has('EntPlaceSuffix')) return true;
  const terms = rangeTerms(context, range);
  // "Brunnby Kraft AB", "PT Sinar Laut": a company's legal form, after or before its name.
  if (isLegalFormText(terms[terms.length - 1]?.text) || isPrefixLegalForm(terms[0]?.text)) return true;
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
  if (isWorkplace(context, range)) score += 3;
  if (speaksInStatement(context, range) || isListedStock(context, range)) score += 3;
  if (isSponsor(context, range)) score += 3;
  if (launchesAsCompany(context, range)) score += 2;
  // "Acme Freight's chief executive": the possessive of a name before a lower-case title.
  const titleAfterPossessive = after !== undefined && isTitleWord(after) && /^\p{Ll}/u.test(after.text);
  if (terms.length >= 2 && last?.possessive && titleAfterPossessive) score += 2;
  if (isActingInstitution(context, range) || isActingLocalGovernment(context, range)) score += 4;
  score += teamEvidence(context, range) + organizationRoleEvidence(context, range);
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

/** "Acme Foods said in a statement": only an organization speaks through a statement or a release. */
function speaksInStatement(context: EntityContext, range: TermRange): boolean {
  const verb = termAfter(context, range);
  if (!verb || !['said', 'says', 'announced', 'added'].includes(verb.text)) return false;
  for (let distance = 2; distance <= 4; distance++) {
    const term = termAfter(context, range, distance);
    if (!term) return false;
    if (['statement', 'release', 'filing'].includes(term.text)) return true;
  }
  return false;
}

/** What a company does in the news: launch, unveil, acquire; rarely what a person named by one word does. */
const COMPANY_ACTS = new Set([
  'launched',
  'unveiled',
  'introduced',
  'acquired',
  'rolled',
  'opened',
  'announced',
  'reported',
  'posted',
  'disbursed',
]);

/** Tags of words that name a person, a place or a kind of thing, not a company. */
const NOT_COMPANY_NAME_TAGS = [
  'Person',
  'FirstName',
  'LastName',
  'Place',
  'Honorific',
  'Plural',
  'EntTitle',
  'EntOrgSuffix',
  'EntOrgNoun',
  'EntPlaceSuffix',
  'EntEventWord',
];

/** Time words between a subject and its verb ("Acme on Monday launched", "Acme today unveiled"). */
const TIME_WORDS = new Set(['today', 'yesterday', 'recently', 'also', 'officially']);

/**
 * "Kivora on Tuesday launched a savings app": a name of one word, no person's or place's, that launches,
 * unveils or acquires is a company, unless the text also writes it after another name (a surname).
 */
function launchesAsCompany(context: EntityContext, range: TermRange): boolean {
  const name = context.terms[range.from];
  if (!name || range.from !== range.to || !/^\p{Lu}\p{Ll}+$/u.test(name.text) || name.possessive)
    return false;
  if (NOT_COMPANY_NAME_TAGS.some((tag) => name.tags.has(tag))) return false;
  let distance = 1;
  let verb = termAfter(context, range, distance);
  if (verb?.text === 'on' && termAfter(context, range, 2)?.tags.has('Date')) {
    distance = 3;
    verb = termAfter(context, range, distance);
  } else if (verb && TIME_WORDS.has(verb.text)) verb = termAfter(context, range, ++distance);
  if (!verb || !COMPANY_ACTS.has(verb.text)) return false;
  const uses = wordUses(context, name.text);
  // "Police reported", "Management announced": a common noun is capitalized only where a sentence starts.
  const named = !name.sentenceStart || uses.midSentence;
  // "Kamau announced" after "Wanjiru Kamau", "Acme announced" after "Acme Energy": a short form.
  return named && !uses.afterCapitalized && !uses.beforeCapitalized;
}

/** Verbs whose agent, after "by", is who pays for or runs an event: an organization, mostly. */
const SPONSORING_VERBS = new Set([
  'organised',
  'organized',
  'funded',
  'sponsored',
  'financed',
  'co-organised',
  'co-organized',
  'run',
  'operated',
  'hosted',
  'co-hosted',
]);

/** "organised by Acme Events", "funded by the City of Northport". */
function isSponsor(context: EntityContext, range: TermRange): boolean {
  let by = termBefore(context, range);
  let distance = 1;
  if (by?.text.toLowerCase() === 'the') by = termBefore(context, range, ++distance);
  const verb = termBefore(context, range, distance + 1);
  // "organised by Jane Doe": a person's name is left to the person rules.
  if (context.terms[range.from]?.tags.has('Person')) return false;
  if (by?.text === 'by' && verb !== undefined && SPONSORING_VERBS.has(verb.text.toLowerCase())) return true;
  // "with Lagos": a place compromise knows stays a place.
  const known = rangeTerms(context, range).every((term) => term.tags.has('Place') || !isCapitalized(term));
  return by?.text === 'with' && !known && coSponsor(context, range.from - distance);
}

/** "organised by Acme Events with the Town Council": the partner after "with" shares the sponsor's role. */
function coSponsor(context: EntityContext, withAt: number): boolean {
  const withTerm = context.terms[withAt];
  for (let index = withAt - 1; index >= Math.max(0, withAt - 10); index--) {
    const term = context.terms[index];
    if (!term || term.sentence !== withTerm?.sentence || /[;:.]/.test(term.post)) return false;
    const verb = context.terms[index - 1];
    if (term.text === 'by' && verb && SPONSORING_VERBS.has(verb.text.toLowerCase())) return true;
  }
  return false;
}

/** What only an organization has: shares, a headquarters, subsidiaries, shareholders. */
const ORGANIZATION_BELONGINGS = new Set([
  'shares',
  'stock',
  'headquarters',
  'subsidiary',
  'subsidiaries',
  'shareholders',
  'affiliate',
  'unit',
]);

/** "shares of Acme Dynamics", "the headquarters of Casa Acme", "a subsidiary of Acme Holdings". */
function isListedStock(context: EntityContext, range: TermRange): boolean {
  let before = termBefore(context, range);
  let distance = 1;
  if (before?.text.toLowerCase() === 'the') before = termBefore(context, range, ++distance);
  const noun = termBefore(context, range, distance + 1)?.text.toLowerCase();
  return before?.text === 'of' && ORGANIZATION_BELONGINGS.has(noun ?? '');
}

/** Heads of institutions that are places when they host something and organizations when they act. */
const INSTITUTION_HEADS = new Set(['Museum', 'Gallery', 'Library', 'Archive', 'Archives', 'Zoo']);

/** Prepositions that make an institution the venue of an event ("at the City Museum"). */
const VENUE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside', 'near', 'to']);

/** "The Harbour Museum will open", "from the Harbour Museum": a museum, gallery or library that acts. */
function isActingInstitution(context: EntityContext, range: TermRange): boolean {
  const head = headTerm(context, range);
  if (range.from === range.to || !head || !INSTITUTION_HEADS.has(head.text)) return false;
  let before = termBefore(context, range);
  if (before?.text.toLowerCase() === 'the') before = termBefore(context, range, 2);
  return !VENUE_PREPOSITIONS.has(before?.text.toLowerCase() ?? '');
}

/**
 * "chief medical officer at Acme Health", "vice president of sales at Acme": where someone works, named
 * after a title in the same clause, is an organization, not a place.
 *
 * @example
 * isWorkplace(context, rangeOf('Acme Health')) // true in 'Jane Doe, chief medical officer at Acme Health'
 */
export function isWorkplace(context: EntityContext, range: TermRange): boolean {
  const before = termBefore(context, range);
  // "at Peru's Ministry of Energy": the possessive owner is not the workplace.
  if (before?.text !== 'at' || before.post.trim() !== '' || context.terms[range.to]?.possessive) return false;
  for (let distance = 2; distance <= 7; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || /[,;:.()]/.test(term.post)) return false;
    // "the minister opened the drive at X": the title is the subject of a verb, not where X employs.
    if (term.tags.has('PastTense') || term.tags.has('PresentTense')) return false;
    if (term.tags.has('EntTitle') && /^\p{Ll}/u.test(term.text)) return true;
  }
  return false;
}

function isLegalForm(term: EntityTerm | undefined): boolean {
  return isLegalFormText(term?.text);
}

/** Verbs of a trailing attribution ("..., the company said."). */
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'announced', 'added', 'noted', 'stated', 'reported']);

/** "X, a leading provider of ...", "X, an international non-governmental organization,". */
function appositiveNamesOrganization(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (last?.post.trim() !== ',' || followsTitle(context, range)) return false;
  // "Acme Analytics, Inc., a provider of ...": the legal form sits between the name and the appositive.
  const skip = isLegalForm(termAfter(context, range)) ? 1 : 0;
  const article = termAfter(context, range, 1 + skip);
  if (!article || !['a', 'an', 'the'].includes(article.text.toLowerCase())) return false;
  for (let distance = 2 + skip; distance <= 8 + skip; distance++) {
    const term = termAfter(context, range, distance);
    if (!term) return false;
    // "... to Tarvel and Kessu, the group announced": a trailing attribution, no appositive.
    const verb = termAfter(context, range, distance + 1);
    if (term.post === ' ' && verb !== undefined && ATTRIBUTION_VERBS.has(verb.text)) return false;
    if (term.tags.has('EntOrgNoun')) return !refersToPerson(context, range.to + distance);
    // "X, the national tourism board,": a head noun of organization names, in lower case.
    const lowerHead =
      /^\p{Ll}/u.test(term.text) && term.tags.has('EntOrgSuffix') && !term.tags.has('EntPlaceSuffix');
    const following = termAfter(context, range, distance + 1);
    const closes = /^[,;.]$/.test(term.post.trim()) || !following?.tags.has('Noun');
    if (lowerHead && closes) return true;
    if (/[,;.]/.test(term.post)) return false;
  }
  return false;
}

/**
 * "the Mayor of Northport, Jane Doe, the board of ...": a name set off after a title is the person who
 * holds it; what follows is the next item of a list, no appositive of the name.
 */
function followsTitle(context: EntityContext, range: TermRange): boolean {
  const comma = termBefore(context, range);
  if (comma?.post.trim() !== ',') return false;
  for (let distance = 1; distance <= 4; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || (distance > 1 && /[,;:.]/.test(term.post))) return false;
    if (term.tags.has('EntTitle') && isCapitalized(term)) return true;
  }
  return false;
}

/** Pronouns that stand for a person, never for an organization ("its"). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/**
 * "Ana Ruiz, a coffee producer from Cusco, said her farm ...": the clause after the appositive speaks of
 * its subject as a person. Looks at the few words after the appositive's closing comma.
 */
function refersToPerson(context: EntityContext, inAppositive: number): boolean {
  let index = inAppositive;
  const sentence = context.terms[index]?.sentence;
  while (index < inAppositive + 12 && context.terms[index] && context.terms[index]?.post.trim() !== ',')
    index++;
  for (let next = index + 1; next <= index + 4; next++) {
    const term = context.terms[next];
    if (!term || term.sentence !== sentence) return false;
    if (PERSONAL_PRONOUNS.has(term.text.toLowerCase())) return true;
  }
  return false;
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
  return opened || dated;
}
