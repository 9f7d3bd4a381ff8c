import type { AcronymDefinition } from './entity-acronyms.ts';
import { type EntityContext, rangeTerms, rangeText, type TermRange, termBefore } from './entity-context.ts';
import { isAcronym, isCapitalized, makeSpan, type NameSpan } from './entity-spans.ts';
import { isLegalForm } from './legal-forms.ts';
import { isNamedBeforeFeature, opensPlaceList, withoutPlaceCompound } from './location-cues.ts';
import {
  followsDivisionsOf,
  isDivisionNoun,
  precedesDivisionPlural,
  withoutDivisionNoun,
} from './location-divisions.ts';
import { routeEndpoints } from './location-routes.ts';
import { stateNamedAtEnd } from './location-states.ts';
import { TRAVEL_VERBS } from './location-travel.ts';
import { hasPlaceHead, isKnownPlace, locationEvidence } from './locations.ts';
import { type EntityTerm, lexiconTag } from './nlp/entity-terms.ts';
import {
  hasOrganizationHead,
  isEventName,
  isUnitOfOrganization,
  organizationEvidence,
  titlesQualifyOrganizationHead,
} from './organizations.ts';
import {
  isTitleWord,
  looksLikeName,
  nameAfterOpeningRole,
  splitTitle,
  titleAfter,
  titleBefore,
  titleInApposition,
} from './people.ts';
import { personEvidence } from './person-evidence.ts';
import { honorificLength } from './person-honorifics.ts';
import { isPersonalHyphenation } from './person-name-shape.ts';
import { splitPostPlace } from './person-place-prefix.ts';
import { looksLikeTitle } from './quote-titles.ts';
import type { EntityKind } from './types.ts';

/** One place where the rules found an entity name, with how sure they are. */
export interface Candidate {
  readonly kind: EntityKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly title?: string;
  /** Only a preposition says it is a place ("at Acme"): a short form of an organization may win. */
  readonly weak?: boolean;
  /** Found as an item of a list of places ("Laos, Vietnam and the Philippines"). */
  readonly listed?: boolean;
}

const THRESHOLD = 2;

/**
 * Decides, for every run of capitals, which entities it names: the long forms of acronym definitions,
 * then titles split from names, events set aside, and the best-supported kind for the rest. Words in a
 * list with an organization ("Acme, Globex and Initech") are organizations too.
 *
 * @example
 * findCandidates(context, spans, definitions).map((c) => [c.kind, c.text])
 * // [['person', 'Aigars Vitols-Berzins'], ...]
 */
export function findCandidates(
  context: EntityContext,
  spans: readonly NameSpan[],
  definitions: readonly AcronymDefinition[],
): Candidate[] {
  const candidates: Candidate[] = [];
  const knownForms = new Set(definitions.flatMap((definition) => [definition.short, definition.long]));
  const unclassified: NameSpan[] = [];
  // Spans and definitions both come in text order: walk the definitions alongside the spans.
  const ordered = [...definitions].sort((a, b) => a.longStart - b.longStart);
  let next = 0;
  for (const whole of spans) {
    while (next < ordered.length && (ordered[next]?.longEnd ?? 0) <= whole.start) next++;
    const span = beforeDefinition(context, whole, ordered.slice(next, next + 2));
    if (!span || knownForms.has(span.text)) continue;
    const route = routeEndpoints(context, span);
    if (route.length > 0) {
      candidates.push(
        ...route.map((place) => ({ kind: 'location' as const, ...place, score: 2, listed: true })),
      );
      continue;
    }
    if (isDashCompound(context, span)) continue;
    const inList = /,\s*$/.test(context.text.slice(Math.max(0, span.start - 2), span.start));
    const found = classifySpan(context, trimLeadingThe(context, span), inList);
    if (found.length === 0) unclassified.push(span);
    candidates.push(...found);
  }
  candidates.push(...organizationsInLists(context, spans, unclassified, candidates));
  candidates.push(...placesInLists(context, spans, candidates));
  const lookup = indexTerms(context);
  return candidates.filter((found) => namesEntity(context, lookup, found));
}

const PLACE_WORD_TAGS = ['Place', 'Country', 'City', 'Region', 'EntLexPlace'];

/** Terms by the offset where they end, and the words compromise tags as demonyms anywhere in the text. */
interface TermIndex {
  readonly endingAt: ReadonlyMap<number, EntityTerm>;
  readonly demonyms: ReadonlySet<string>;
  /** Words written as a people's name before a noun for a person ("the Tembu novelist"). */
  readonly peoples: ReadonlySet<string>;
}

function indexTerms(context: EntityContext): TermIndex {
  const endingAt = new Map<number, EntityTerm>();
  const demonyms = new Set<string>();
  const peoples = new Set<string>();
  for (const term of context.terms) {
    endingAt.set(term.end, term);
    if (term.possessive) endingAt.set(term.end - 2, term);
    if (term.tags.has('Demonym')) demonyms.add(term.bare);
    if (qualifiesPersonNoun(context, term)) peoples.add(term.text);
  }
  return { endingAt, demonyms, peoples };
}

/**
 * "the Tembu novelist", "a Tembu writer": a capitalized word between an article and a noun for a
 * person, which compromise does not know as a place, names a people (and its language), not a place.
 */
function qualifiesPersonNoun(context: EntityContext, term: EntityTerm): boolean {
  const article = context.terms[term.index - 1];
  const noun = context.terms[term.index + 1];
  if (!article || !noun || !['the', 'a', 'an'].includes(article.text.toLowerCase())) return false;
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(term.text) ||
    term.post !== ' ' ||
    PLACE_WORD_TAGS.some((t) => term.tags.has(t))
  )
    return false;
  return /^\p{Ll}/u.test(noun.text) && noun.tags.has('EntRole');
}

/**
 * Drops what only looks like a name: an adjective of nationality ("Ugandan government"), a plural
 * acronym ("MOUs"), an acronym the text defines as a common noun ("cardiopulmonary resuscitation (CPR)"),
 * a single capitalized word the text also writes in lower case ("the Government" / "the government").
 */
function namesEntity(context: EntityContext, lookup: TermIndex, found: Candidate): boolean {
  const term = lookup.endingAt.get(found.end);
  // compromise tags a demonym by context; once tagged anywhere, the word is an adjective everywhere.
  // "Laos", "the Philippines": a plural it reads as a people, listed with countries, is a country.
  const listedCountry = found.listed === true && term?.tags.has('Plural') === true;
  if (term && lookup.demonyms.has(term.bare) && !listedCountry) return false;
  if (/^\p{Lu}{2,}s$/u.test(found.text) || context.commonAcronyms.has(found.text.replace(/s$/, '')))
    return false;
  const single = !/\s/.test(found.text);
  if (single && term?.tags.has('EntLexAdjective')) return false;
  if (single && found.kind === 'location' && lookup.peoples.has(found.text)) return false;
  const after = term ? context.terms[term.index + 1] : undefined;
  // "Sichuan province", "Henan provinces": a name ending like a demonym before a division is its name.
  const nounAfter =
    after !== undefined &&
    /^\p{Ll}/u.test(after.text) &&
    after.tags.has('Noun') &&
    !isDivisionNoun(after.text);
  if (single && /(?:an|ian|ese|ish)$/.test(found.text) && nounAfter) return false;
  // "in English", "in Portuguese": a language is no place.
  if (single && found.kind === 'location' && isLanguageLike(found.text)) {
    const afterIn = /\bin\s+$/.test(context.text.slice(Math.max(0, found.start - 4), found.start));
    if (/\p{Ll}(?:ish|ese)$/u.test(found.text) || afterIn) return false;
  }
  if (onHeaderLine(context.text, found)) return false;
  if (found.kind === 'location' && insideQuotedTitle(context.text, found)) return false;
  return !(single && !isAcronym(found.text) && occursInLowerCase(context.text, found.text.toLowerCase()));
}

/**
 * "HEALTH ADVISORY", "CITY OF NORTHPORT": a line in capitals with no dateline punctuation is a header;
 * its words say nothing about what they name. Looks no further than 200 characters either way.
 */
function onHeaderLine(text: string, found: Candidate): boolean {
  if (found.text !== found.text.toUpperCase() || !/\p{Lu}{2}/u.test(found.text)) return false;
  const lineStart = text.lastIndexOf('\n', found.start - 1);
  const lineEnd = text.indexOf('\n', found.end);
  const from = lineStart < 0 ? 0 : lineStart + 1;
  const to = lineEnd < 0 ? text.length : lineEnd;
  if (found.start - from > 200 || to - found.end > 200) return false;
  const line = text.slice(from, to).trim();
  return line.includes(' ') && /^[\p{Lu}\d\s&'’.]+$/u.test(line);
}

const OPENING_QUOTES = '“"‘*_«';
const CLOSING_QUOTES = '”"’»';
/** The mark that closes a title opened by each mark; the others close with a double quote. */
const CLOSING_MARK: Readonly<Record<string, string>> = { '*': '*', _: '_', '«': '»' };

/**
 * "his novel “Rain over the Tembe”", "the show *Weavers of Tembe*": a name inside the quoted or
 * emphasized title of a work names nothing in the release. Looks no further than 120 characters either
 * way, within the line.
 */
function insideQuotedTitle(text: string, found: Candidate): boolean {
  let open = -1;
  for (let at = found.start - 1; at >= Math.max(0, found.start - 120); at--) {
    const char = text[at] ?? '';
    if (char === '\n' || (CLOSING_QUOTES.includes(char) && !OPENING_QUOTES.includes(char))) return false;
    if (OPENING_QUOTES.includes(char) && char !== '’') {
      open = at;
      break;
    }
  }
  if (open < 0) return false;
  const mark = text[open] ?? '';
  // "**Nairobi, 3 March**": a doubled mark is bold type, a header's, not a title.
  if ((mark === '*' || mark === '_') && (text[open - 1] === mark || text[open + 1] === mark)) return false;
  const closing = CLOSING_MARK[mark] ?? '”"';
  const tail = text.slice(found.end, found.end + 120);
  const closeAt = [...tail].findIndex((char) => closing.includes(char) || char === '\n');
  if (closeAt < 0 || tail[closeAt] === '\n') return false;
  const quoted = text.slice(open + 1, found.end + closeAt);
  // "in *Lisbon*": one emphasized word is stress, not a title.
  if ((mark === '*' || mark === '_') && !quoted.trim().includes(' ')) return false;
  return looksLikeTitle(quoted, text.slice(Math.max(0, open - 80), open));
}

/** Whether the word is written somewhere in lower case, as a whole word. */
function occursInLowerCase(text: string, word: string): boolean {
  if (word === '' || word !== word.toLowerCase() || word === word.toUpperCase()) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
  }
  return false;
}

/**
 * The part of a run before the long form of a definition it runs into ("Jane Doe of the World Health
 * Organization (WHO)" leaves "Jane Doe"), the run itself when it meets none, or null when nothing is left.
 */
function beforeDefinition(
  context: EntityContext,
  span: NameSpan,
  definitions: readonly AcronymDefinition[],
): NameSpan | null {
  const definition = definitions.find((d) => span.start < d.longEnd && span.end > d.longStart);
  if (!definition) return span;
  let to = span.to;
  while (to >= span.from && (context.terms[to]?.end ?? 0) > definition.longStart) to--;
  while (to >= span.from && !isCapitalized(context.terms[to] as EntityTerm)) to--;
  return to >= span.from ? makeSpan(context.terms, span.from, to, context.text) : null;
}

/** "Malawi–Zambia cooperation", "the Russia-Ukraine war": places joined into a modifier. */
function isDashCompound(context: EntityContext, span: NameSpan): boolean {
  const before = context.terms[span.from - 1];
  const last = context.terms[span.to];
  if (before && /^[–—-]$/.test(before.post)) return true;
  if (last && /^[–—-]$/.test(last.post)) return true;
  const terms = rangeTerms(context, span);
  // "the Tuul-Orkhon Sport Palace", "the Tarvo-Kessu volcano": one place's double name, not a pairing.
  if (hasPlaceHead(context, span) || isNamedBeforeFeature(context, span)) return false;
  return terms.some(
    (term, offset) =>
      term.tags.has('Hyphenated') &&
      !isPersonalHyphenation(terms, offset) &&
      (term.tags.has('Place') || term.tags.has('Demonym')) &&
      term.text.split('-').every((part) => /^\p{Lu}/u.test(part)) &&
      // "Timor-Leste": one country's name the gazetteer knows with its hyphen, no pairing of two places.
      !PLACE_WORD_TAGS.includes(lexiconTag(term.text.replace(/-/g, ' ')) ?? ''),
  );
}

function trimLeadingThe(context: EntityContext, span: NameSpan): TermRange {
  // A lone "The" is a determiner; the range it leaves is empty and names nothing.
  if (context.terms[span.from]?.text === 'The' && span.to === span.from)
    return { from: span.from + 1, to: span.to };
  const first = context.terms[span.from];
  return first?.text === 'The' && span.to > span.from ? { from: span.from + 1, to: span.to } : span;
}

/**
 * Splits a run at "and" where a complete name ends before it or a title starts after it, and at "of"
 * after a place's head ("Tema Municipality of the Volta Region" names two places).
 */
function splitRun(context: EntityContext, range: TermRange, inList: boolean): TermRange[] {
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
    const ownerOfOrganization =
      previous.possessive && i - 1 === range.from && hasOrganizationHead(context, { from: i, to: range.to });
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
    // "Tema Municipality of the Volta Region" names two places; "City of Northport" (a head alone) one.
    // "National Museum of Estonia": an institution of a country is one name.
    const placeOfPlace =
      previous.tags.has('EntPlaceSuffix') &&
      !previous.tags.has('EntOrgSuffix') &&
      !INSTITUTION_WORDS.has(previous.text) &&
      i - 1 > from;
    // "Professor Jane Doe of the University of Malta": a name headed by its own organization word.
    const ofOrganization =
      head !== undefined &&
      !rangeTerms(context, left).some((t) => t.tags.has('EntOrgSuffix') || t.tags.has('EntEventWord')) &&
      rangeTerms(context, { from: head.index, to: range.to }).some(
        (t) => t.tags.has('EntOrgSuffix') && isCapitalized(t) && !t.tags.has('EntPlaceSuffix'),
      );
    // "Jane Doe of Malawi": a name placed by its country, when the words before it head no name.
    const ofPlace =
      !rangeTerms(context, left).some((t) => NAME_HEAD_TAGS.some((tag) => t.tags.has(tag))) &&
      isKnownPlace(context, { from: i + 1, to: range.to }) &&
      looksLikeName(context, left);
    const rest = { from: next.text === 'the' ? i + 2 : i + 1, to: range.to };
    if (term.text === 'of' && isUnitOfOrganization(context, left, rest)) {
      from = rest.from;
      continue;
    }
    if (term.text === 'of' && (placeOfPlace || ofOrganization || ofPlace)) {
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
      (!titlesQualifyOrganizationHead(context, left) && splitTitle(context, left) !== null) ||
      // "in Tembe and Kwalo": two bare names after a preposition of place are two places.
      (isLocativeRun(context, range) &&
        !isKnownPlace(context, range) &&
        isBareName(context, { from, to: i - 1 }) &&
        isBareName(context, right)) ||
      // "in Ostrava and Lisbon": a known place after "and", the two not one place's name.
      (isKnownPlace(context, right) &&
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

const NAME_HEAD_TAGS = ['EntOrgSuffix', 'EntPlaceSuffix', 'EntPlaceHead', 'EntEventWord', 'EntTitle'];

function startsWithKnownForm(context: EntityContext, range: TermRange): boolean {
  const text = rangeText(context, range);
  return [...context.knownForms].some((form) => text === form || text.startsWith(`${form} `));
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
  if (isKnownPlace(context, range)) return true;
  return range.to - range.from <= 1 && rangeTerms(context, range).every((term) => term.tags.has('Person'));
}

function classifySpan(context: EntityContext, range: TermRange, inList: boolean): Candidate[] {
  if (isEventName(context, range)) return organizationsNamedInside(context, range);
  const parts = splitRun(context, range, inList);
  const found = parts.map((part) => classifyPart(context, part));
  // "Acme and Globex": a part that names nothing by itself is what its coordinated organization is.
  const coordinated = found.some((candidates, index) => {
    const part = parts[index];
    const whole = part ? rangeText(context, part) : '';
    return candidates.some((c) => c.kind === 'organization' && c.text === whole);
  });
  return parts.flatMap((part, index) => {
    const own = found[index] ?? [];
    const joinedByAnd =
      context.terms[part.from - 1]?.text === 'and' || context.terms[part.to + 1]?.text === 'and';
    if (own.length > 0 || !coordinated || !joinedByAnd || isKnownPlace(context, part)) return own;
    return [candidate(context, 'organization', part, 2)];
  });
}

function classifyPart(context: EntityContext, range: TermRange): Candidate[] {
  if (range.from > range.to) return [];
  if (isEventName(context, range)) return organizationsNamedInside(context, range);
  const posted = splitPostPlace(context, range);
  if (posted) {
    // The title before the place vouches for the name as it would right before it.
    const [place, name] = posted;
    return [
      ...classifyPart(context, place),
      candidate(context, 'person', name, 3 + personEvidence(context, name)),
    ];
  }
  const opened = nameAfterOpeningRole(context, range);
  if (opened) {
    const title = rangeText(context, { from: range.from, to: opened.from - 1 });
    return [candidate(context, 'person', opened, 3 + personEvidence(context, opened), title)];
  }
  const titled = titlesQualifyOrganizationHead(context, range) ? null : splitTitle(context, range);
  if (titled) {
    const title = titled.title
      ? rangeText(context, titled.title).replace(/^the\s+/i, '')
      : (titleAfter(context, titled.name) ?? undefined);
    const person = candidate(context, 'person', titled.name, 3 + personEvidence(context, titled.name), title);
    return [person, ...(titled.title ? classifyTitle(context, titled.title) : [])];
  }
  const firstTitle = rangeTerms(context, range).findIndex((term) => isTitleWord(term) && isCapitalized(term));
  if (firstTitle >= 0 && !hasOrganizationHead(context, range) && !hasPlaceHead(context, range)) {
    return classifyTitle(context, range);
  }
  return classifyName(context, range);
}

/** Heads of names that are organizations or their meetings ("Pacific Forum", "Press Forum"). */
const MEETING_HEADS = new Set(['Forum', 'Conference', 'Assembly', 'Congress']);

/** Scores one name for each kind and keeps the best supported, if any is supported enough. */
function classifyName(context: EntityContext, range: TermRange): Candidate[] {
  const last = context.terms[range.to];
  // "AATC Media" after "the Acme Trade Council (AATC)": a defined short form opening a name with a head of
  // its own names another organization; without a head it is the defined one ("AATC title"), and before
  // a meeting's head ("AATC Press Forum") it names that organization's meeting, an event.
  const another =
    hasOrganizationHead(context, range) &&
    !MEETING_HEADS.has(last?.text ?? '') &&
    !context.knownForms.has(rangeText(context, range));
  if (!last || range.from > range.to || (startsWithKnownForm(context, range) && !another)) return [];
  if (isPlaceReadAsPeople(context, range))
    return [{ ...candidate(context, 'location', range, 3), listed: true }];
  // "Latvian", "South Asian", "MOUs": adjectives and plurals name no entity.
  if (last.tags.has('Demonym') || /^\p{Lu}{2,}s$/u.test(last.text)) return [];
  const organization = organizationEvidence(context, range);
  const location = locationEvidence(context, range);
  const person = looksLikeName(context, range) ? personEvidence(context, range) : 0;
  const best = Math.max(organization, location, person);
  if (best < THRESHOLD) return [];
  if (organization === best) return [candidate(context, 'organization', range, organization)];
  if (location === best && person < best) {
    const named = withoutDivisionNoun(context, range) ?? range;
    const place = candidate(context, 'location', named, location);
    return [location < 3 ? { ...place, weak: true } : place];
  }
  const title = titleBefore(context, range);
  const titleText = title
    ? rangeText(context, title)
    : (titleAfter(context, range) ?? titleInApposition(context, range) ?? undefined);
  return [candidate(context, 'person', range, person, titleText)];
}

/**
 * The qualifier before a title names an organization or place ("BMG President", "Estonia's State
 * Counsellor"); what follows "of"/"for" after it may name one too ("President of the Acme Group").
 */
function classifyTitle(context: EntityContext, range: TermRange): Candidate[] {
  const terms = rangeTerms(context, range);
  const firstTitle = terms.findIndex((term) => isTitleWord(term) && isCapitalized(term));
  const found: Candidate[] = [];
  // "YB Prof Dr", "Prime Minister Tun Dr": honorifics among the titles name nobody.
  const lead = honorificLength(terms, 0);
  if (firstTitle > lead)
    found.push(...classifyName(context, { from: range.from + lead, to: range.from + firstTitle - 1 }));
  let cursor = firstTitle < 0 ? terms.length : firstTitle;
  while (cursor < terms.length && isTitleWord(terms[cursor] as EntityTerm)) {
    cursor++;
    cursor += honorificLength(terms, cursor);
  }
  while (cursor < terms.length && !isCapitalized(terms[cursor] as EntityTerm)) cursor++;
  if (cursor > firstTitle && cursor < terms.length) {
    const named = { from: range.from + cursor, to: range.to };
    const inTitle = classifyName(context, named);
    // "Minister of Transport of the Kyrgyz Republic": the state a minister serves, named at the end.
    const state = inTitle.length === 0 ? stateNamedAtEnd(context, named) : undefined;
    found.push(...(state ? [candidate(context, 'location', state, 3)] : inTitle));
  }
  return found;
}

/** Organizations compromise knows by name inside an event's name ("the 3rd OECD World Congress"). */
function organizationsNamedInside(context: EntityContext, range: TermRange): Candidate[] {
  return rangeTerms(context, range)
    .filter((term) => term.tags.has('EntLexOrganization') && isAcronym(term.text))
    .map((term) => candidate(context, 'organization', { from: term.index, to: term.index }, 2));
}

/** Names listed with an organization ("Acme, Globex and Initech") or after "companies like". */
function organizationsInLists(
  context: EntityContext,
  spans: readonly NameSpan[],
  unclassified: readonly NameSpan[],
  candidates: readonly Candidate[],
): Candidate[] {
  const open = new Set(unclassified);
  const strongStarts = new Set(
    candidates.filter((c) => c.kind === 'organization' && c.score >= 3).map((c) => c.start),
  );
  const isOrganization = (span: NameSpan) =>
    rangeTerms(context, span).some((term) => strongStarts.has(term.start)) ||
    rangeTerms(context, span).every((term) => term.tags.has('EntLexOrganization'));
  const found: Candidate[] = [];
  let list: NameSpan[] = [];
  const flush = () => {
    const first = list[0];
    const introduced = first !== undefined && listIntroducedByOrganizationNoun(context, first);
    const parenthesized = first !== undefined && context.terms[first.from]?.pre.includes('(');
    const coordinated = list.some(
      (span, index) => index > 0 && /\band\b/.test(context.text.slice(list[index - 1]?.end ?? 0, span.start)),
    );
    if (list.length >= 2 && !parenthesized && (introduced || (coordinated && list.some(isOrganization)))) {
      for (const span of list) {
        if (open.has(span) && !isKnownPlace(context, span)) {
          found.push(candidate(context, 'organization', trimLeadingThe(context, span), 2));
        }
      }
    }
    list = [];
  };
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    const joined =
      previous &&
      /^(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/.test(
        context.text.slice(previous.end, span.start).replace(/^['’]s/, ''),
      );
    if (!joined) flush();
    list.push(span);
  });
  flush();
  return found;
}

/**
 * "in Tarvel, Ostrana and Lisbon": names listed with a place the rules are sure of, and with nothing but
 * places, are places too. Runs are cut at "and" first ("Ostrana and Lisbon" is two list items).
 */
/** "English", "Portuguese", "Arabic": words shaped like the name of a language. */
function isLanguageLike(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ish|ese|ic)$/u.test(word);
}

const LIST_LOCATIVES = new Set(['in', 'across', 'throughout', 'near']);

/** Words after which a pair of bare names is a pair of places: where someone goes or what a service covers. */
const ROUND_OPENERS = new Set([
  'in',
  'across',
  'throughout',
  'visit',
  'visits',
  'visited',
  'visiting',
  'toured',
  'touring',
  'serving',
  'serves',
  'served',
  'covering',
]);

/**
 * "in the Philippines", "across Laos": a single plural word compromise reads as a people, right after a
 * preposition of place, names a country (one lives in a country, not in a people).
 */
function isPlaceReadAsPeople(context: EntityContext, range: TermRange): boolean {
  const word = context.terms[range.from];
  if (range.from !== range.to || !word?.tags.has('Demonym') || !word.tags.has('Plural')) return false;
  let before = termBefore(context, range);
  const article = before?.text === 'the';
  if (article) before = termBefore(context, range, 2);
  // "interest in Americans": without an article, a word shaped like a people's plural is a people.
  if (!article && /(?:ans|ons|ers|is)$/.test(word.text)) return false;
  return before !== undefined && STRONG_LOCATIVES.has(before.text) && !qualifiesNoun(context, range);
}

const STRONG_LOCATIVES = new Set(['in', 'across', 'throughout', 'inside']);

/** Verbs of going (and nouns of a carrier's service) whose "to" takes a destination ("will go to Arbel and Kimo"). */
const MOTION_VERBS = new Set([
  ...TRAVEL_VERBS,
  ...['go', 'goes', 'going', 'went', 'move', 'moved', 'moving', 'return', 'returned', 'returning'],
  // "connect to Arbel and Kimo", "flights to Arbel and Kimo": where a passenger is carried.
  ...['connect', 'connects', 'connected', 'connecting', 'flights', 'routes'],
]);

/** "go to Arbel and Kimo": the list is where someone goes. */
function goesTo(context: EntityContext, first: TermRange | undefined): boolean {
  if (!first) return false;
  const to = termBefore(context, first);
  const verb = termBefore(context, first, 2);
  if (to?.text !== 'to' || verb === undefined || !MOTION_VERBS.has(verb.text.toLowerCase())) return false;
  // "Thanks go to Varnel and Kestro", "proceeds will go to ...": what goes there is no traveller.
  for (let distance = 3; distance <= 4; distance++) {
    const subject = termBefore(context, first, distance)?.text.toLowerCase() ?? '';
    if (GIVEN_THINGS.has(subject)) return false;
  }
  return true;
}

/** Things given rather than sent somewhere ("thanks go to", "the proceeds will go to"). */
const GIVEN_THINGS = new Set([
  'thanks',
  'credit',
  'congratulations',
  'proceeds',
  'funds',
  'money',
  'profits',
  'prize',
  'prizes',
  'award',
  'awards',
  'honours',
  'honors',
  'donations',
  'tickets',
]);

/** Whether the run follows a preposition or verb of place ("in", "visiting"). */
function isLocativeRun(context: EntityContext, range: TermRange): boolean {
  let before = termBefore(context, range);
  if (before?.text === 'the') before = context.terms[range.from - 2];
  return before !== undefined && ROUND_OPENERS.has(before.text.toLowerCase());
}

/** A name of one or two words with nothing in it that makes it a person, an organization or a people. */
function isBareName(context: EntityContext, item: TermRange): boolean {
  const bare = ['Person', 'FirstName', 'Honorific', 'Organization', 'Demonym', 'EntOrgSuffix', 'EntTitle'];
  const terms = rangeTerms(context, item);
  return (
    item.to - item.from <= 1 &&
    terms.every(
      // "eSports and mHealth": a word opened in lower case is a coinage, not a bare place name.
      (t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !bare.some((tag) => t.tags.has(tag)),
    )
  );
}

function placesInLists(
  context: EntityContext,
  spans: readonly NameSpan[],
  candidates: readonly Candidate[],
): Candidate[] {
  const kindAt = new Map<number, Candidate>();
  for (const found of candidates) kindAt.set(found.start, found);
  const found: Candidate[] = [];
  let list: TermRange[] = [];
  let coordinated = false;
  let roundSentence: number | undefined;
  const flush = () => {
    const kindsAt = (item: TermRange) => kindAt.get(context.terms[item.from]?.start ?? -1);
    const kinds = list.map(kindsAt);
    // A place sure enough, that is the whole list item ("Samoa Prime Minister and Chair" lists no place).
    const first = list[0];
    const opener = first ? termBefore(context, first)?.text.toLowerCase() : undefined;
    // "schools in Tarvel, Ostrana and Lisbon": a list opened by "in" is a list of places.
    const located = opener !== undefined && LIST_LOCATIVES.has(opener);
    const sure = kinds.some(
      (c, index) =>
        c?.kind === 'location' &&
        ((c.score >= 3 && c.weak !== true) || located) &&
        c.text === rangeText(context, list[index] as TermRange),
    );
    const onlyPlaces = kinds.every((c) => c === undefined || c.kind === 'location');
    const languages = list.some(
      (item) => item.from === item.to && isLanguageLike(context.terms[item.from]?.text ?? ''),
    );
    // "visit Arbel and Kimo on Monday, and Pelu and Sarn next week": bare names where a round goes.
    const bare = kinds.every((c) => c === undefined) && list.every((item) => isBareName(context, item));
    const sentence = first ? context.terms[first.from]?.sentence : undefined;
    const continues =
      opener === 'and' &&
      first !== undefined &&
      /,/.test(context.terms[first.from - 2]?.post ?? '') &&
      sentence === roundSentence;
    // "Tarvel and Ostrana provinces", "the counties of Tarvel and Ostrana": a list of divisions.
    const last = list[list.length - 1];
    const divisions =
      first !== undefined &&
      last !== undefined &&
      (precedesDivisionPlural(context, last) || followsDivisionsOf(context, first));
    const round =
      bare &&
      opener !== undefined &&
      (ROUND_OPENERS.has(opener) ||
        continues ||
        goesTo(context, first) ||
        (first !== undefined && opensPlaceList(context, first)));
    const named = (item: TermRange) => kindsAt(item) === undefined && isBareName(context, item);
    if (divisions && onlyPlaces && coordinated && list.length >= 2) {
      for (const item of list.filter(named))
        found.push({ ...candidate(context, 'location', item, 2), listed: true });
    } else if (round && coordinated && list.length >= 2 && !languages) {
      roundSentence = sentence;
      for (const item of list) found.push({ ...candidate(context, 'location', item, 2), listed: true });
    } else if (sure && onlyPlaces && coordinated && list.length >= 2 && !languages) {
      list.forEach((item, index) => {
        const short = item.to - item.from <= 2 && !rangeTerms(context, item).some((t) => isAcronym(t.text));
        const named = rangeTerms(context, item).every(
          (t) => isCapitalized(t) && !isTitleWord(t) && !t.tags.has('Pronoun') && /\p{L}\p{L}/u.test(t.text),
        );
        if (kinds[index] === undefined && short && named && !qualifiesNoun(context, item)) {
          found.push({ ...candidate(context, 'location', item, 2), listed: true });
        }
      });
    }
    list = [];
    coordinated = false;
  };
  spans.forEach((span, index) => {
    const previous = spans[index - 1];
    const between = previous ? context.text.slice(previous.end, span.start) : '';
    if (!previous || !/^(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/.test(between)) flush();
    if (/\band\b/.test(between)) coordinated = true;
    let from = span.from;
    for (let i = span.from; i <= span.to; i++) {
      if (context.terms[i]?.text !== 'and') continue;
      coordinated = true;
      if (i > from) list.push({ from, to: i - 1 });
      from = i + 1;
    }
    if (from <= span.to) list.push(trimLeadingThe(context, { ...span, from }));
  });
  flush();
  return found;
}

/** "the Kenyan, Ugandan and Filipino delegates": the list qualifies a lower-case noun after it. */
function qualifiesNoun(context: EntityContext, item: TermRange): boolean {
  const last = context.terms[item.to];
  const after = termAfterRange(context, item);
  return (
    last?.post.trim() === '' && after !== undefined && /^\p{Ll}/u.test(after.text) && after.tags.has('Noun')
  );
}

function termAfterRange(context: EntityContext, item: TermRange): EntityTerm | undefined {
  const last = context.terms[item.to];
  const next = context.terms[item.to + 1];
  return next && last && next.sentence === last.sentence ? next : undefined;
}

function listIntroducedByOrganizationNoun(context: EntityContext, first: NameSpan): boolean {
  const before = context.text.slice(Math.max(0, first.start - 40), first.start).toLowerCase();
  const match = /(\p{L}+)(?:,)?\s+(?:like|including|such as|,)\s+(?:the\s+)?$/u.exec(before);
  const noun = match?.[1];
  if (!noun) return false;
  for (let index = first.from - 1; index >= Math.max(0, first.from - 5); index--) {
    const term = context.terms[index];
    if (term?.text.toLowerCase() === noun) return term.tags.has('EntOrgNoun');
  }
  return false;
}

function candidate(
  context: EntityContext,
  kind: EntityKind,
  range: TermRange,
  score: number,
  title?: string,
): Candidate {
  const first = context.terms[range.from];
  const written = rangeText(context, range);
  const text = kind === 'location' ? withoutPlaceCompound(written) : written;
  const start = first?.start ?? 0;
  const base = { kind, text, start, end: start + text.length, score };
  return title ? { ...base, title } : base;
}
