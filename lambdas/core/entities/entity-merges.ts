import { lexiconTag } from '../nlp/entity-terms.ts';
import { isShortFormOf } from './entity-short-forms.ts';
import { addAlias, type Entity, normalize, wordsOf } from './found-entity.ts';

/**
 * A name found as two kinds keeps the kind with the most support.
 *
 * @example
 * dropConflicts([place('Tarvel', 1), organization('Tarvel', 4)]) // the organization only
 */
export function dropConflicts(entities: readonly Entity[]): Entity[] {
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

/**
 * Folds short forms into the fullest name: "Doe" and "Kwame Boateng" into the person whose name holds
 * their words, "AAU" into the organization whose initials it spells, and spelling variants of an
 * organization's name ("Malta Institute for X" / "Maltese Institute of X") into one.
 *
 * @example
 * mergeShortForms([person('Jane Doe'), person('Doe')]) // [Jane Doe, aliases ['Doe']]
 */
export function mergeShortForms(entities: Entity[]): Entity[] {
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
  return foldWeakPlacesIntoOrganizations(dropOthersNamedLikePeople(kept));
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
    if (!host || hosts.length > 1) return true;
    const rest = wordsOf(host.name).slice(words.length);
    if (governsPlace(rest) || servesPlace(rest)) return true;
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

/** Heads of the public institutions a town names after itself: its school, hospital, court, market. */
const LOCAL_INSTITUTION_HEADS = new Set([
  'school',
  'college',
  'academy',
  'hospital',
  'clinic',
  'library',
  'court',
  'police',
  'station',
  'market',
  'church',
  'mosque',
  'cathedral',
  'parish',
  'stadium',
  'airport',
  'harbour',
  'harbor',
  'port',
  'prison',
]);
/** A town's institution names its town in up to this many words after the town's name. */
const LOCAL_INSTITUTION_REACH = 3;

/**
 * "Glenmorrow Primary School" after "a centre near Glenmorrow": after the place's name, the words of an
 * institution a town names after itself, so the place is the town, not a short form of the institution.
 */
function servesPlace(rest: readonly string[]): boolean {
  return rest.length <= LOCAL_INSTITUTION_REACH && rest.some((word) => LOCAL_INSTITUTION_HEADS.has(word));
}

/**
 * "Okoro" found as a place once and as a person's surname elsewhere is the person. "According to Okoro"
 * read as an organization on weak evidence (a source, no head, no acronym) is the person too, when
 * "Okoro" ends a person's name.
 */
function dropOthersNamedLikePeople(entities: readonly Entity[]): Entity[] {
  const people = entities.filter((e) => e.kind === 'person');
  const personWords = new Set(people.flatMap((e) => wordsOf(e.name)));
  // "Turku Launchpad" misread as a person does not take the town "Turku" with it: a town the lexicon knows
  // goes only for a person's surname or a one-word name, not for a first word.
  const laterWords = new Set(people.flatMap((e) => wordsOf(e.name).slice(1)));
  const namedLikePerson = (place: string) =>
    personWords.has(place) && (laterWords.has(place) || !isKnownTown(place));
  const surnames = new Set(
    people
      .map((e) => wordsOf(e.name))
      .filter((words) => words.length > 1)
      .map((words) => words[words.length - 1]),
  );
  return entities.filter((entity) => {
    const single = wordsOf(entity.name).length === 1;
    if (entity.kind === 'location') return !single || !namedLikePerson(normalize(entity.name));
    if (entity.kind !== 'organization' || !single || entity.aliases.length > 0) return true;
    const weak = entity.score < WEAK_ORGANIZATION_SCORE && !/^\p{Lu}+$/u.test(entity.name);
    return !weak || !surnames.has(normalize(entity.name));
  });
}

/**
 * A town or country compromise's lexicon knows by this (normalized) name. Not the GeoNames list, which
 * holds towns named like given names used alone ("Yao said").
 */
function isKnownTown(name: string): boolean {
  return ['City', 'Country'].includes(lexiconTag(name) ?? '');
}

/** Below this, an organization of one word rests on its context alone (a source, a subject). */
const WEAK_ORGANIZATION_SCORE = 3;
