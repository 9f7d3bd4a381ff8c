import type { EntityKind } from '../types.ts';
import { otherLanguageNamesAfter } from './organization-parenthesized-names.ts';

interface Named {
  kind: EntityKind;
  readonly name: string;
}

/** Heads of the names of local governments, which name an area and the body that governs it. */
const LOCAL_GOVERNMENT_HEAD = /\b(?:Municipality|Commune|County|Region|District|Prefecture|Province)$/;

/**
 * "Orvik Municipality (Orviks kommun)", "Tarva Self-Governing Region (Tarvský samosprávny kraj, TSK)": a
 * local government's name with its official name in its own language in parentheses, words in lower
 * case among them, names the body, as a register would: an organization, not the area. A place's own
 * short name ("Tarva Voivodeship (Tarvie)") is one word and leaves the place a place.
 *
 * @example
 * asLocalGovernmentBodies([{ kind: 'location', name: 'Orvik Municipality' }], 'Orvik Municipality (Orviks kommun) said')
 * // [{ kind: 'organization', name: 'Orvik Municipality' }]
 */
export function asLocalGovernmentBodies<T extends Named>(entities: T[], text: string): T[] {
  for (const entity of entities) {
    if (entity.kind !== 'location' || !LOCAL_GOVERNMENT_HEAD.test(entity.name)) continue;
    const official = otherLanguageNamesAfter(entity.name, text).some((name) => / \p{Ll}/u.test(name));
    if (official) entity.kind = 'organization';
  }
  return entities;
}
