import type { Location, Organization, Person } from '../model/press-record.ts';
import { type AcronymDefinition, findAcronymDefinitions } from './entity-acronyms.ts';
import type { Candidate } from './entity-candidate.ts';
import { findCandidates } from './entity-candidates.ts';
import { findEntityMentions } from './entity-mentions.ts';
import { findNameSpans } from './entity-spans.ts';
import { withoutLegalForm } from './legal-forms.ts';
import { type EntityTerm, lexiconTag, readEntityTerms } from './nlp/entity-terms.ts';
import type { ParsedRelease } from './nlp/world.ts';
import { foldCompanyShortNames } from './organization-aliases.ts';
import type { Entities, EntityKind, ReleaseText } from './types.ts';

const PLACE_HEAD = /^(?:republic|kingdom|united states|emirate|sultanate)\b/i;
const EVENT_OR_DOCUMENT =
  /\b(?:summit|festival|marathon|expo|fair|congress|declaration|convention|treaty|agreement|act|plan|agenda|initiative|investment|week|day|corridor|statement|communique|memorandum|roadmap|strategy|framework|campaign)\b/i;
const ORGANIZATION_HEAD =
  /\b(?:group|ministry|university|agency|council|complex|foundation|corporation|bureau|association|committee|commission|institute|bank|forum|organi[sz]ation|fund|programme|center|centre|assembly|conference|alliance|federation|union|board|authority|office|secretariat|department|company|airlines?|airways|holdings|industries|inc|ltd)\b/i;

interface Entity {
  kind: EntityKind;
  name: string;
  aliases: string[];
  score: number;
  title?: string;
  /** Every occurrence had only weak evidence (see Candidate.weak). */
  weak?: boolean;
}

/**
 * Organizations, people and places named in the release, with every mention of each. Reads the one
 * compromise parse of the release; every mention is a slice of `release.text`.
 *
 * @example
 * const release = prepareText('Baltic Media Group (BMG) met Latvian President Aigars Vitols-Berzins in Riga.');
 * const entities = extractEntities(release, parseRelease(release.text));
 * entities.organizations // [{ name: 'Baltic Media Group', aliases: ['BMG'] }]
 * entities.people // [{ name: 'Aigars Vitols-Berzins', aliases: [], title: 'Latvian President' }]
 */
export function extractEntities(release: ReleaseText, parsed: ParsedRelease): Entities {
  const found = findAcronymDefinitions(release.text);
  const terms = readEntityTerms(parsed);
  const definitions = found.filter(
    (definition) => definition.isName && !isNoShortName(release, terms, definition),
  );
  const commonAcronyms = new Set(found.filter((d) => !d.isName).map((d) => d.short.replace(/s$/, '')));
  const knownForms = new Set(definitions.flatMap((definition) => [definition.short, definition.long]));
  const context = { text: release.text, terms, knownForms, commonAcronyms };
  const spans = findNameSpans(context.terms, release.text);
  const entities = [
    ...entitiesFromDefinitions(definitions),
    ...groupCandidates(findCandidates(context, spans, definitions)),
  ];
  const merged = mergeShortForms(dropConflicts(foldCompanyShortNames(entities)));
  const mentions = findEntityMentions(release.text, merged);
  // Listed in the order the text first names them; an entity the text never names (a stray) is dropped.
  const firstMention = new Map<string, number>();
  for (const mention of mentions) {
    const key = `${mention.kind}:${mention.name}`;
    if (!firstMention.has(key)) firstMention.set(key, mention.start);
  }
  const at = (entity: Entity) => firstMention.get(`${entity.kind}:${entity.name}`) ?? -1;
  const listed = merged.filter((entity) => at(entity) >= 0).sort((a, b) => at(a) - at(b));
  return {
    organizations: listed.filter((e) => e.kind === 'organization').map(toOrganization),
    people: listed.filter((e) => e.kind === 'person').map(toPerson),
    locations: listed.filter((e) => e.kind === 'location').map(toLocation),
    mentions,
  };
}

/**
 * A one-word name in parentheses after an organization ("Eastern Wire Service (Telewire)") is its short
 * name only when the text uses it again and it is no place ("the Health Agency (Kenya)"): a credit
 * ("(Reuters)") or an aside is written once.
 */
function isNoShortName(
  release: ReleaseText,
  terms: readonly EntityTerm[],
  definition: AcronymDefinition,
): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(definition.short)) return false;
  const uses = release.text.split(definition.short).length - 1;
  const short = terms.find((term) => term.start > definition.longEnd && term.text === definition.short);
  return uses < 2 || short?.tags.has('Place') === true;
}

function entitiesFromDefinitions(definitions: readonly AcronymDefinition[]): Entity[] {
  const byName = new Map<string, Entity>();
  for (const definition of definitions) {
    const kind = classifyDefinition(definition);
    if (!kind) continue;
    const existing = byName.get(definition.long);
    if (existing) {
      if (!existing.aliases.includes(definition.short)) existing.aliases.push(definition.short);
    } else
      byName.set(definition.long, { kind, name: definition.long, aliases: [definition.short], score: 5 });
  }
  return [...byName.values()];
}

function classifyDefinition(definition: AcronymDefinition): EntityKind | null {
  if (PLACE_HEAD.test(definition.long)) return 'location';
  if (ORGANIZATION_HEAD.test(definition.long)) return 'organization';
  if (EVENT_OR_DOCUMENT.test(definition.long)) return null;
  return 'organization';
}

function normalize(name: string): string {
  let key = normalizedNames.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[’']s\b/g, '')
      .replace(/[^\p{L}\d]+/gu, ' ')
      .trim();
    if (normalizedNames.size >= MAX_NORMALIZED_NAMES) normalizedNames.clear();
    normalizedNames.set(name, key);
  }
  return key;
}

/** Merging short forms compares every pair of entities, so the same names are normalized again and again. */
const normalizedNames = new Map<string, string>();
const MAX_NORMALIZED_NAMES = 10_000;

/** One entity per kind and name, with the scores of all its occurrences added up. */
function groupCandidates(candidates: readonly Candidate[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const found of candidates) {
    const key = `${found.kind}:${normalize(found.text)}`;
    const entity = byKey.get(key);
    if (entity) {
      entity.score += found.score;
      if (!entity.title && found.title) entity.title = found.title;
      entity.weak = entity.weak === true && found.weak === true;
    } else {
      const shouted = found.kind === 'location' && isShouted(found.text);
      const name = shouted ? titleCase(found.text) : found.text;
      const aliases = shouted ? [found.text] : [];
      const weak = found.weak === true;
      byKey.set(key, { kind: found.kind, name, aliases, score: found.score, weak, ...titleOf(found) });
    }
  }
  return [...byKey.values()];
}

function titleOf(found: Candidate): { title?: string } {
  return found.title ? { title: found.title } : {};
}

function isShouted(text: string): boolean {
  return text.length > 3 && text === text.toUpperCase() && /\p{L}{3}/u.test(text);
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** A name found as two kinds keeps the kind with the most support. */
function dropConflicts(entities: readonly Entity[]): Entity[] {
  const best = new Map<string, Entity>();
  for (const entity of entities) {
    const forms = [entity.name, ...entity.aliases].map(normalize);
    const rival = [...best.values()].find((other) =>
      [other.name, ...other.aliases].map(normalize).some((form) => forms.includes(form)),
    );
    if (!rival) best.set(normalize(entity.name), entity);
    else if (rival.kind === entity.kind) {
      rival.score += entity.score;
      for (const alias of [entity.name, ...entity.aliases]) addAlias(rival, alias);
    } else if (entity.score > rival.score) {
      best.delete(normalize(rival.name));
      best.set(normalize(entity.name), entity);
    }
  }
  return [...best.values()];
}

function addAlias(entity: Entity, alias: string): void {
  if (
    normalize(alias) !== normalize(entity.name) &&
    !entity.aliases.some((a) => normalize(a) === normalize(alias))
  ) {
    entity.aliases.push(alias);
  }
}

/**
 * Folds short forms into the fullest name: "Doe" and "Kwame Boateng" into the person whose name holds
 * their words, "AAU" into the organization whose initials it spells, and spelling variants of an
 * organization's name ("Malta Institute for X" / "Maltese Institute of X") into one.
 */
function mergeShortForms(entities: Entity[]): Entity[] {
  const sorted = [...entities].sort(
    (a, b) => wordsOf(b.name).length - wordsOf(a.name).length || b.name.length - a.name.length,
  );
  const kept: Entity[] = [];
  for (const entity of sorted) {
    const hosts = kept.filter((full) => full.kind === entity.kind && isShortFormOf(entity, full));
    const host = hosts[0];
    if (host && hosts.length === 1) {
      addAlias(host, entity.name);
      for (const alias of entity.aliases) addAlias(host, alias);
      if (!host.title && entity.title) host.title = entity.title;
    } else if (!host || entity.kind === 'location') kept.push(entity);
    // A short form that fits several entities ("Lee" of two people named Lee) is left out: ambiguous.
  }
  return foldWeakPlacesIntoOrganizations(dropPlacesNamedLikePeople(kept));
}

/** "an engineer at Northwind" after "Northwind Health Systems": the start of the organization's name. */
function foldWeakPlacesIntoOrganizations(entities: readonly Entity[]): Entity[] {
  return entities.filter((entity) => {
    if (entity.kind !== 'location' || !entity.weak) return true;
    const words = wordsOf(entity.name);
    const hosts = entities.filter((e) => {
      const full = wordsOf(e.name);
      return e.kind === 'organization' && full.length > words.length && words.every((w, i) => full[i] === w);
    });
    const host = hosts[0];
    if (!host || hosts.length > 1 || governsPlace(wordsOf(host.name).slice(words.length))) return true;
    addAlias(host, entity.name);
    return false;
  });
}

const COMPASS_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
]);
const LOCAL_GOVERNMENT_WORDS = new Set([
  'city',
  'county',
  'district',
  'municipal',
  'metropolitan',
  'town',
  'regional',
  'provincial',
  'state',
]);

/** "Kelso South City Council": after the place's name, the words of the council that governs it. */
function governsPlace(rest: readonly string[]): boolean {
  const next = rest.find((word) => !COMPASS_WORDS.has(word));
  return next !== undefined && LOCAL_GOVERNMENT_WORDS.has(next);
}

/** "Okoro" found as a place once and as a person's surname elsewhere is the person. */
function dropPlacesNamedLikePeople(entities: readonly Entity[]): Entity[] {
  const personWords = new Set(entities.filter((e) => e.kind === 'person').flatMap((e) => wordsOf(e.name)));
  return entities.filter(
    (entity) =>
      entity.kind !== 'location' ||
      wordsOf(entity.name).length > 1 ||
      !personWords.has(normalize(entity.name)),
  );
}

/** The words of a name without its legal form ("Acme Analytics, Inc." has the words of "Acme Analytics"). */
function wordsOf(name: string): string[] {
  return normalize(withoutLegalForm(name) ?? name)
    .split(' ')
    .filter((word) => word !== '');
}

function isShortFormOf(short: Entity, full: Entity): boolean {
  const shortWords = wordsOf(short.name);
  const fullWords = wordsOf(full.name);
  if (short.kind === 'organization' && sameContent(short.name, full.name)) return true;
  if (initialsOf(full.name) === short.name.replace(/\./g, '') && short.name.replace(/\./g, '').length >= 2) {
    return true; // "AU" for "Aldermoor University", "U.K." for "United Kingdom".
  }
  if (shortWords.length >= fullWords.length) return false;
  if (short.kind === 'person') return shortWords.every((word) => fullWords.includes(word));
  if (short.kind === 'location') return isPlaceWithoutHead(short.name, shortWords, fullWords);
  if (short.kind !== 'organization') return false;
  // "the Institute" for "the Salt Institute", "Acme" for "Acme Foundation".
  const lastWord = fullWords[fullWords.length - 1];
  if (shortWords.length === 1 && shortWords[0] === lastWord) return true;
  // "Kessu Rovers" for "Kessu Rovers Rugby Club": a club named without its sport and "Club".
  const clubTail = fullWords.slice(shortWords.length);
  const clubOf = clubTail.length <= 2 && clubTail[clubTail.length - 1] === 'club';
  if (clubOf && shortWords.every((w, i) => fullWords[i] === w)) return true;
  // "Kessu" for "Club Atlético Kessu": a club named first by "Club" and its sport.
  const dropped = fullWords.length - shortWords.length;
  const clubFirst = fullWords[0] === 'club' && dropped <= 2;
  if (clubFirst && shortWords.every((w, i) => fullWords[i + dropped] === w)) return true;
  // "City Hall" for "Tarvel City Hall": the name without the place written before it.
  const placeAhead = fullWords.length === shortWords.length + 1 && shortWords.length >= 2;
  if (placeAhead && shortWords.every((w, i) => fullWords[i + 1] === w)) return true;
  // "Harbour Club" for "Harbour Club of Northbay", "Universidad Sur" for "Universidad Sur de Chile": the
  // words before "of" (or its like in another language), two or more.
  const ofAt = fullWords.findIndex((word) => NAME_CONNECTORS.has(word));
  if (shortWords.length >= 2 && ofAt === shortWords.length && shortWords.every((w, i) => fullWords[i] === w))
    return true;
  // "Acme" for "Acme Foundation", but "Pacific Forum" is not "Pacific Forum Secretariat": it has its own head.
  const ownHead = ORGANIZATION_HEAD.test(shortWords[shortWords.length - 1] ?? '');
  return (
    !ownHead &&
    !isOrganOf(short.name, lastWord ?? '') &&
    ORGANIZATION_HEAD.test(lastWord ?? '') &&
    shortWords.length === fullWords.length - 1 &&
    shortWords.every((word, index) => fullWords[index] === word)
  );
}

/** Heads of the organs of a body: its secretariat, its commission, its court, its parliament. */
const ORGAN_HEAD = /^(?:secretariat|commission|council|parliament|assembly|court|committee)$/;

/**
 * "the AU Commission" after "the AU": an acronym before the head of one of its organs names the body
 * the organ belongs to, another organization.
 */
function isOrganOf(short: string, head: string): boolean {
  return /^\p{Lu}{2,}$/u.test(short) && ORGAN_HEAD.test(head);
}

/**
 * "Tarvel" for "Tarvel City", "the Oskel" for "the Oskel River": a city or a feature written with and
 * without its head word is one place. A country is another place than the city named after it
 * ("Panama", "Panama City").
 */
function isPlaceWithoutHead(
  short: string,
  shortWords: readonly string[],
  fullWords: readonly string[],
): boolean {
  const head = fullWords[fullWords.length - 1] ?? '';
  const sameStart =
    fullWords.length === shortWords.length + 1 &&
    shortWords.every((word, index) => fullWords[index] === word);
  if (!sameStart) return false;
  if (head === 'city') return lexiconTag(short) !== 'Country';
  // "the Oskel" after "the Oskel River": a feature named without its head, unless the short name is a
  // place of its own the lexicon knows (a state named like its river).
  return SHORTENED_FEATURE_HEADS.has(head) && lexiconTag(short) === undefined;
}

/** Heads of features whose name is also written without them ("the Oskel River", "the Oskel"). */
const SHORTENED_FEATURE_HEADS = new Set(['river', 'desert', 'mountains']);

function initialsOf(name: string): string {
  return name
    .split(/[\s,]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** Words that join a name's head to what follows ("of", Spanish "de", Italian "di"). */
const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'da', 'do', 'di', 'della', 'des', 'du', 'der']);

const STOP_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

/** Same words up to spelling variants ("Malta"/"Maltese", "of"/"for"). */
function sameContent(a: string, b: string): boolean {
  const key = (name: string) =>
    wordsOf(name)
      .filter((word) => !STOP_WORDS.has(word))
      .map((word) => word.slice(0, 5))
      .join(' ');
  return key(a) === key(b) && key(a).includes(' ');
}

function toOrganization(entity: Entity): Organization {
  return { name: entity.name, aliases: entity.aliases };
}

function toPerson(entity: Entity): Person {
  return entity.title
    ? { name: entity.name, aliases: entity.aliases, title: entity.title }
    : { name: entity.name, aliases: entity.aliases };
}

function toLocation(entity: Entity): Location {
  return { name: entity.name, aliases: entity.aliases };
}
