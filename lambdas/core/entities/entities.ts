import type { Location, Organization, Person } from '../../model/press-record.ts';
import { isGazetteerPlaceName } from '../locations/location-place-words.ts';
import { type EntityTerm, readEntityTerms } from '../nlp/entity-terms.ts';
import { vocabularyTagsOf } from '../nlp/plugins/entity-words.ts';
import type { ParsedRelease } from '../nlp/world.ts';
import { asLocalGovernmentBodies } from '../organizations/local-government-bodies.ts';
import { foldCompanyShortNames } from '../organizations/organization-aliases.ts';
import { withListingMarks } from '../organizations/organization-listing-marks.ts';
import { foldParenthesizedNames } from '../organizations/organization-parenthesized-names.ts';
import type { Entities, EntityKind, ReleaseText } from '../types.ts';
import { type AcronymDefinition, findAcronymDefinitions } from './entity-acronyms.ts';
import type { Candidate } from './entity-candidate.ts';
import { findCandidates } from './entity-candidates.ts';
import { isContractionOf } from './entity-contractions.ts';
import { headlineSpans, isNamedOutside } from './entity-headlines.ts';
import { findEntityMentions } from './entity-mentions.ts';
import { dropConflicts, mergeShortForms } from './entity-merges.ts';
import { ORGANIZATION_HEAD } from './entity-short-forms.ts';
import { findNameSpans } from './entity-spans.ts';
import { addAlias, type Entity, normalize } from './found-entity.ts';
import { isFormalStateName } from './state-names.ts';

const PLACE_HEAD = /^(?:republic|kingdom|united states|emirate|sultanate)\b/i;
/**
 * A document named by its kind and what it is about ("Agreement on Trade of the Kessu Union", "Charter
 * of the Orvo Bank"): its short form stands for the document, not for the body named inside it.
 */
const DOCUMENT_OPENING =
  /^(?:the\s+)?(?:treaty|agreement|charter|protocol|declaration|act|memorandum|accord|pact|statute|regulation|directive|convention)\s+(?:on|of|for|between|concerning|relating)\b/i;
const EVENT_OR_DOCUMENT =
  /\b(?:summit|festival|marathon|expo|fair|congress|declaration|convention|treaty|agreement|act|plan|agenda|initiative|investment|week|day|corridor|route|statement|communique|memorandum|roadmap|strategy|framework|campaign)\b/i;

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
  const candidates = withoutHeadlineFragments(findCandidates(context, spans, definitions), context);
  const entities = [...entitiesFromDefinitions(definitions), ...groupCandidates(candidates, release.text)];
  const merged = foldParenthesizedNames(
    asLocalGovernmentBodies(
      withListingMarks(mergeShortForms(dropConflicts(foldCompanyShortNames(entities))), release.text),
      release.text,
    ),
    release.text,
  );
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

/** Names found in a title-case headline that the text never writes again: fragments of its capitals. */
function withoutHeadlineFragments(
  candidates: readonly Candidate[],
  context: { readonly text: string },
): Candidate[] {
  const headlines = headlineSpans(context.text);
  if (headlines.length === 0) return [...candidates];
  const inHeadline = (found: Candidate) =>
    headlines.some((line) => found.start >= line.start && found.end <= line.end);
  return candidates.filter(
    (found) => !inHeadline(found) || isNamedOutside(context.text, found.text, headlines),
  );
}

/**
 * A one-word name in parentheses after an organization ("Eastern Wire Service (Telewire)") is its short
 * name only when the text uses it again and it is no place ("the Health Agency (Kenya)"): a credit
 * ("(Reuters)") or an aside is written once. A contraction of the name's words is its short name anyway.
 */
function isNoShortName(
  release: ReleaseText,
  terms: readonly EntityTerm[],
  definition: AcronymDefinition,
): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(definition.short)) return false;
  // "Kessu Export Bank (Kessexbank)": a contraction of the name is its short name, written once or not.
  if (isContractionOf(definition.short, definition.long)) return false;
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
  if (PLACE_HEAD.test(definition.long) || isVenueName(definition.long)) return 'location';
  // "Nova Scotia (NS)": a place the gazetteer knows by its full name, with its short form.
  if (isGazetteerPlaceName(definition.long.split(/\s+/))) return 'location';
  // "Orvo People's Democratic Republic (Orvo PDR)": a state's formal name.
  if (isFormalStateName(definition.long)) return 'location';
  if (DOCUMENT_OPENING.test(definition.long)) return null;
  if (ORGANIZATION_HEAD.test(definition.long)) return 'organization';
  if (EVENT_OR_DOCUMENT.test(definition.long)) return null;
  return 'organization';
}

/** "the " right before a name. */
const ARTICLE_BEFORE = /\bthe\s+$/i;

/** Halls and centres built for events ("Tarvel Convention and Exhibition Centre"), venues, not bodies. */
const EVENT_VENUE =
  /\b(?:convention|exhibition|conference|congress|expo|events?)\s+(?:centre|center|hall|grounds?)$/i;

/**
 * "Kessu Industrial Park (KIP)", "Tarvel Exhibition Centre (TEC)": a long form whose head is a place's
 * and with no organization's head in it, or a centre built for events, names a place.
 */
function isVenueName(long: string): boolean {
  const words = long.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  const tags = vocabularyTagsOf(head);
  // "Société nationale des terres du delta (SNTD)": a head written first makes the last word none.
  const headFirst = vocabularyTagsOf(words[0] ?? '').includes('EntOrgHeadFirst');
  const placeHead = tags.includes('EntPlaceSuffix') && !tags.includes('EntOrgSuffix') && !headFirst;
  // "International Fund for Saving the Tarvo Sea": an organization's head before the place's.
  return (placeHead && !ORGANIZATION_HEAD.test(long)) || EVENT_VENUE.test(long);
}

/** One entity per kind and name, with the scores of all its occurrences added up. */
function groupCandidates(candidates: readonly Candidate[], text: string): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const found of candidates) {
    const key = `${found.kind}:${normalize(found.text)}`;
    const entity = byKey.get(key);
    const articled =
      found.kind === 'location' && ARTICLE_BEFORE.test(text.slice(found.start - 4, found.start));
    if (entity) {
      entity.score += found.score;
      if (!entity.title && found.title) entity.title = found.title;
      entity.weak = entity.weak === true && found.weak === true;
      if (found.kind === 'location') entity.articled = entity.articled === true && articled;
      if (found.alias) addAlias(entity, found.alias);
    } else {
      const shouted = found.kind === 'location' && isShouted(found.text);
      const name = shouted ? (writtenInOrdinaryCase(text, found.text) ?? titleCase(found.text)) : found.text;
      const aliases = [...(shouted ? [found.text] : []), ...(found.alias ? [found.alias] : [])];
      const weak = found.weak === true;
      const entry = { kind: found.kind, name, aliases, score: found.score, weak, ...titleOf(found) };
      byKey.set(key, found.kind === 'location' ? { ...entry, articled } : entry);
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

/**
 * How the text writes a name it also shouts ("Santa Rosa del Mar" for "SANTA ROSA DEL MAR"), where it
 * writes it in ordinary case: the particles keep their lower case, as no rule would guess them.
 */
function writtenInOrdinaryCase(text: string, shouted: string): string | undefined {
  const escaped = shouted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [written] of text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'giu')))
    if (written !== written.toUpperCase()) return written;
  return undefined;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
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
