import {
  type EntityContext,
  rangeTerms,
  type TermRange,
  termAfter,
  termBefore,
  wordBeforeArticle,
} from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { hasOrganizationHead, headTerm } from './organization-heads.ts';
import { wordUses } from './word-uses.ts';

/**
 * "Acme Foods said in a statement": only an organization speaks through a statement or a release.
 *
 * @example
 * speaksInStatement(context, rangeOf('Acme Foods')) // true in 'Acme Foods said in a statement'
 */
export function speaksInStatement(context: EntityContext, range: TermRange): boolean {
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
 *
 * @example
 * launchesAsCompany(context, rangeOf('Kivora')) // true in 'Kivora on Tuesday launched an app'
 */
export function launchesAsCompany(context: EntityContext, range: TermRange): boolean {
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

/**
 * "organised by Acme Events", "funded by the City of Northport".
 *
 * @example
 * isSponsor(context, rangeOf('Acme Events')) // true in 'a fair organised by Acme Events'
 */
export function isSponsor(context: EntityContext, range: TermRange): boolean {
  const { term: by, distance } = wordBeforeArticle(context, range);
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

/**
 * "shares of Acme Dynamics", "the headquarters of Casa Acme", "a subsidiary of Acme Holdings".
 *
 * @example
 * isListedStock(context, rangeOf('Acme Dynamics')) // true in 'shares of Acme Dynamics rose'
 */
export function isListedStock(context: EntityContext, range: TermRange): boolean {
  const { term: before, distance } = wordBeforeArticle(context, range);
  const noun = termBefore(context, range, distance + 1)?.text.toLowerCase();
  return before?.text === 'of' && ORGANIZATION_BELONGINGS.has(noun ?? '');
}

/** Heads of institutions that are places when they host something and organizations when they act. */
const INSTITUTION_HEADS = new Set(['Museum', 'Gallery', 'Library', 'Archive', 'Archives', 'Zoo']);

/** Prepositions that make an institution the venue of an event ("at the City Museum"). */
const VENUE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside', 'near', 'to']);

/**
 * "The Harbour Museum will open", "from the Harbour Museum": a museum, gallery or library that acts.
 *
 * @example
 * isActingInstitution(context, rangeOf('Harbour Museum')) // true in 'The Harbour Museum will open'
 */
export function isActingInstitution(context: EntityContext, range: TermRange): boolean {
  const head = headTerm(context, range);
  if (range.from === range.to || !head || !INSTITUTION_HEADS.has(head.text)) return false;
  const { term: before } = wordBeforeArticle(context, range);
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
  // "Director of Water at the Tarvel City Council": after "the", only a body's head says it is one.
  const article = termBefore(context, range)?.text === 'the' ? 1 : 0;
  if (article === 1 && !hasOrganizationHead(context, range)) return false;
  const before = termBefore(context, range, 1 + article);
  // "at Peru's Ministry of Energy": the possessive owner is not the workplace.
  if (before?.text !== 'at' || before.post.trim() !== '' || context.terms[range.to]?.possessive) return false;
  for (let distance = 2 + article; distance <= 7 + article; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || /[,;:.()]/.test(term.post)) return false;
    // "the minister opened the drive at X": the title is the subject of a verb, not where X employs.
    if (term.tags.has('PastTense') || term.tags.has('PresentTense')) return false;
    if (term.tags.has('EntTitle') && (/^\p{Ll}/u.test(term.text) || article === 1)) return true;
  }
  return false;
}
