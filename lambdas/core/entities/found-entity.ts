import type { EntityKind } from '../types.ts';
import { withoutLegalForm } from './legal-forms.ts';

/** An organization, person or place as the release's candidates add up to it, before it is listed. */
export interface Entity {
  kind: EntityKind;
  name: string;
  aliases: string[];
  score: number;
  title?: string;
  /** Every occurrence had only weak evidence (see Candidate.weak). */
  weak?: boolean;
  /** A place written with "the" before it every time ("the Oskel"), as rivers are and towns are not. */
  articled?: boolean;
}

/**
 * The key a name is compared by: no accents, lower case, no leading "the", no possessive, words only.
 *
 * @example
 * normalize("The Ministry of Health's") // 'ministry of health'
 */
export function normalize(name: string): string {
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

/**
 * The words of a name without its legal form ("Acme Analytics, Inc." has the words of "Acme Analytics").
 *
 * @example
 * wordsOf('Acme Analytics, Inc.') // ['acme', 'analytics']
 */
export function wordsOf(name: string): string[] {
  return normalize(withoutLegalForm(name) ?? name)
    .split(' ')
    .filter((word) => word !== '');
}

/**
 * Adds another form of the entity's name, unless it already has it.
 *
 * @example
 * addAlias(entity, 'AAU') // entity.aliases gains 'AAU' once
 */
export function addAlias(entity: Entity, alias: string): void {
  if (
    normalize(alias) !== normalize(entity.name) &&
    !entity.aliases.some((a) => normalize(a) === normalize(alias))
  ) {
    entity.aliases.push(alias);
  }
}
