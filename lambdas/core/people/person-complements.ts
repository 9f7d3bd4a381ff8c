import { type EntityContext, rangeTerms, type TermRange, termBefore } from '../entities/entity-context.ts';
import { isAcronym, isCapitalized, isInitial } from '../entities/entity-word-shape.ts';
import { isLegalForm, isPrefixLegalForm } from '../entities/legal-forms.ts';
import { closingMarkLength } from '../entities/name-quote-marks.ts';
import { isKnownPlace } from '../locations/locations.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { looksLikeName } from './people.ts';
import { isPortfolioWord, portfolioLength } from './person-portfolios.ts';
import { isPersonNoun, isTitleWord } from './person-words.ts';

// After a title and its connector ("Minister of", "Ambassador to", "Chief Executive of") a run of
// capitals holds what the office is of (its fields, a place, an organization) and then the holder's
// name, with nothing written between them. These cues say where the one ends and the other begins.

/** How many words of a run a title's complement may take before the holder's name. */
const COMPLEMENT_REACH = 6;

/** How many words a place named as a title's complement may have ("South Africa", "Papua New Guinea"). */
const PLACE_REACH = 3;

/** Words that join a title to its complement ("Minister of", "Ambassador to", "Consul in"). */
const COMPLEMENT_CONNECTORS = new Set(['of', 'for', 'to', 'in', 'at']);

/** How far back, in words, the title may open before its connector. */
const TITLE_REACH = 10;

/**
 * "the minister of Health Tomasi Ravu", "Ambassador to South Africa Kwesi Addo Ampofo", "First
 * Secretary of the Embassy in Lima Ana Ruiz Vidal": a run of capitals right after the connector of a
 * title in the same clause opens with the title's complement and ends with its holder's name. Returns
 * the complement's range and the names' (two when "and" joins them); null when the run follows no title
 * or no cue splits it.
 *
 * @example
 * splitTitleComplement(context, rangeOf('South Africa Kwesi Addo Ampofo')) // [{ South Africa }, { Kwesi Addo Ampofo }]
 */
export function splitTitleComplement(
  context: EntityContext,
  range: TermRange,
): [TermRange, ...TermRange[]] | null {
  // "Speaker of the National Assembly Jane Doe": an article may open the complement.
  const article = termBefore(context, range)?.text === 'the' ? 1 : 0;
  const connector = termBefore(context, range, 1 + article);
  if (!connector || !COMPLEMENT_CONNECTORS.has(connector.text) || connector.post.trim() !== '') return null;
  if (!hasTitleBefore(context, range, 2 + article)) return null;
  // "head of Joint Stock Company "Tarn Energo"": words in quotation marks closing the run are the body's
  // own name; no holder's name is written so.
  if (closingMarkLength(rangeTerms(context, range)) > 0) return null;
  // "soloists of the Tarvel Opera Ana Lima and Jo Vidal": two holders joined by "and" after the complement.
  const and = rangeTerms(context, range).findIndex((term) => term.text === 'and');
  const second = and > 0 ? { from: range.from + and + 1, to: range.to } : null;
  const first = second ? { from: range.from, to: range.from + and - 1 } : range;
  const length = complementLength(context, first);
  if (length === 0) return null;
  const complement = { from: range.from, to: range.from + length - 1 };
  const name = {
    from: range.from + length + rankLength(context, range.from + length, first.to),
    to: first.to,
  };
  if (!second) return [complement, name];
  const paired = second.to > second.from && looksLikeName(context, second, true);
  return paired ? [complement, name, second] : null;
}

/**
 * "Fire Service Lieutenant General Ana Ruiz": the rank or title written between the complement and the
 * holder's name is part of neither; how many words it takes, leaving two words or more of name.
 */
function rankLength(context: EntityContext, from: number, to: number): number {
  let length = 0;
  for (let at = from; to - at >= 2; at++) {
    const term = context.terms[at];
    if (!term || !isTitleWord(term) || !isCapitalized(term) || term.post.trim() !== '') break;
    length++;
  }
  return length;
}

/** A title word among the words before the connector, with no punctuation between. */
function hasTitleBefore(context: EntityContext, range: TermRange, from: number): boolean {
  for (let distance = from; distance <= TITLE_REACH; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || /[,;:.()]/.test(term.post)) return false;
    if (isTitleWord(term) || isLowerCaseRoleNoun(term)) return true;
  }
  return false;
}

/**
 * "at the Sekondi Industrial Enclave": words the lexicon reads as a place, every one of them, with none it
 * knows as a person's, continue the place before them.
 */
function isReadAsPlace(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  return terms.every((term) => term.tags.has('Place') && !term.tags.has('Person'));
}

/** "soloists of the Tarvel Opera Ana Lima Ruiz": a lower-case noun for people, one or many. */
function isLowerCaseRoleNoun(term: EntityTerm): boolean {
  if (!/^\p{Ll}/u.test(term.text) || !term.tags.has('Noun') || term.tags.has('EntOrgNoun')) return false;
  // The lexicon's word for people, not an ending alone: "plant" ends like "servant".
  return (term.tags.has('Actor') || term.tags.has('EntRole')) && isPersonNoun(term.text.replace(/s$/, ''));
}

/**
 * How many words the run opens with that are the complement of the title before it, so that the rest,
 * of two words or more, reads as the holder's name; 0 when no cue places the boundary. The cues: the
 * words the text names elsewhere as a whole name ("PT Sinar Laut" used again on its own), an
 * organization's head or legal form ("Acme Holdings", "Acme Ltd"), the fields of an office ("Fisheries
 * and Marine Resources", "Horticulture"), a place the gazetteer knows ("South Africa"). The furthest
 * boundary wins: each cue marks only where its kind of complement ends.
 *
 * @example
 * complementLength(context, rangeOf('South Africa Kwesi Addo Ampofo')) // 2
 * complementLength(context, rangeOf('Kwesi Addo Ampofo')) // 0
 */
export function complementLength(context: EntityContext, range: TermRange): number {
  const terms = rangeTerms(context, range);
  const reach = Math.min(COMPLEMENT_REACH, terms.length - 2);
  if (reach < 1) return 0;
  const cues = [
    namedElsewhereLength(context, range, reach),
    organizationHeadLength(terms, reach),
    fieldsLength(terms, reach),
    placeLength(context, range, reach),
  ];
  for (const length of [...new Set(cues)].sort((a, b) => b - a)) {
    if (length < 1) break;
    const name = { from: range.from + length, to: range.to };
    // "KIPA Kessel Global": a name opening with a place the gazetteer knows continues the complement.
    const placeFirst = context.terms[name.from]?.tags.has('EntLexPlace') === true;
    if (looksLikeName(context, name, true) && !placeFirst && !isReadAsPlace(context, name)) return length;
  }
  return 0;
}

/**
 * "Secretary Health Jane Ama Doe", "Chief Minister Sindh Jane Doe": how many words right after a title,
 * with no connector, name its fields or the province it governs, when two words or more of a name follow;
 * 0 otherwise. A place that is also a given name ("Florence") is left to the name.
 *
 * @example
 * gluedComplementLength(context, rangeOf('Health Jane Ama Doe')) // 1
 */
export function gluedComplementLength(context: EntityContext, range: TermRange): number {
  const terms = rangeTerms(context, range);
  let length = 0;
  const field = (term: EntityTerm | undefined) =>
    term !== undefined && isPortfolioWord(term.text) && !term.tags.has('FirstName');
  while (length < terms.length && field(terms[length])) length++;
  if (length === 0) {
    length = placeLength(context, range, Math.min(PLACE_REACH, terms.length - 2));
    if (terms.slice(0, length).some((term) => term.tags.has('Person'))) return 0;
  }
  return terms.length - length >= 2 ? length : 0;
}

/**
 * "President Director of PT Sinar Laut Ayu Sari Wulan ... built by PT Sinar Laut": the longest opening
 * of the run, of two words or more, that the text writes elsewhere as a whole run of capitals. One word
 * alone proves nothing: a given name is written alone too.
 */
function namedElsewhereLength(context: EntityContext, range: TermRange, reach: number): number {
  const words = rangeTerms(context, range).map((term) => term.text);
  for (let length = reach; length >= 2; length--) {
    if (isWholeRunElsewhere(context, range, words.slice(0, length))) return length;
  }
  return 0;
}

/** Whether the words stand elsewhere in the text, outside the range, as a run of their own. */
function isWholeRunElsewhere(context: EntityContext, range: TermRange, words: readonly string[]): boolean {
  const { terms } = context;
  for (const at of termPositions(context).get(words[0] ?? '') ?? []) {
    if (at + words.length > terms.length || (at >= range.from && at <= range.to)) continue;
    if (!words.every((word, offset) => terms[at + offset]?.text === word)) continue;
    const last = terms[at + words.length - 1] as EntityTerm;
    const before = terms[at - 1];
    if (before && isCapitalized(before) && before.post.trim() === '') continue;
    if (continuesRun(last, terms[at + words.length])) continue;
    return true;
  }
  return false;
}

/**
 * Where each word stands in the text, by term index, built once per text: a lookup reads the few
 * places of its first word, not every term (it is asked once per candidate name).
 */
function termPositions(context: EntityContext): ReadonlyMap<string, readonly number[]> {
  const known = positionsByText.get(context);
  if (known) return known;
  const positions = new Map<string, number[]>();
  context.terms.forEach((term, at) => {
    const list = positions.get(term.text) ?? [];
    list.push(at);
    positions.set(term.text, list);
  });
  positionsByText.set(context, positions);
  return positions;
}

const positionsByText = new WeakMap<EntityContext, ReadonlyMap<string, readonly number[]>>();

/** Whether `next` carries the run of capitals that `term` is in on. */
function continuesRun(term: EntityTerm | undefined, next: EntityTerm | undefined): boolean {
  return term !== undefined && next !== undefined && term.post.trim() === '' && isCapitalized(next);
}

/**
 * "Arkwright Marine Holdings", "Sinar Laut Ltd", "ASEAN", "Tarvel Opera House": the last head of an
 * organization or a venue, legal form or acronym in reach.
 */
function organizationHeadLength(terms: readonly EntityTerm[], reach: number): number {
  for (let length = reach; length >= 1; length--) {
    const term = terms[length - 1] as EntityTerm;
    // "PT Sinar Laut": a legal form written first opens the organization's name, it ends nothing.
    const acronym = isAcronym(term.text) && !isInitial(term) && !isPrefixLegalForm(term.text);
    // "Tarvel Opera House": a venue's head too, unless it may be a surname ("Park", "Hall").
    const venue = term.tags.has('EntPlaceSuffix') && !term.tags.has('Person');
    const head = (term.tags.has('EntOrgSuffix') || venue) && isCapitalized(term);
    if (head || isLegalForm(term.text) || acronym) return length;
  }
  return 0;
}

/**
 * "Health", "Marine Resources", "Horticulture": the last word of an office's fields in reach, with no
 * given name before it; the words before it qualify the field.
 */
function fieldsLength(terms: readonly EntityTerm[], reach: number): number {
  let length = 0;
  for (let offset = 0; offset < reach; offset++) {
    const term = terms[offset] as EntityTerm;
    if (term.tags.has('FirstName') || !isCapitalized(term)) break;
    if (isPortfolioWord(term.text)) length = offset + 1;
  }
  return length;
}

/**
 * "South Africa", "Namibia", "Kenya Power": the longest place the gazetteer knows that opens the run,
 * with the fields after it.
 */
function placeLength(context: EntityContext, range: TermRange, reach: number): number {
  for (let length = Math.min(PLACE_REACH, reach); length >= 1; length--) {
    const place = { from: range.from, to: range.from + length - 1 };
    if (context.terms[place.to]?.post.trim() !== '' || !isKnownPlace(context, place)) continue;
    // "Kenya Power", "Ghana Water": a place and a field name a public utility.
    const fields = rangeTerms(context, { from: place.to + 1, to: range.to }).map((term) => term.text);
    return Math.min(reach, length + portfolioLength(fields, 0));
  }
  return 0;
}
