import { vocabularyTagsOf } from './nlp/plugins/entity-words.ts';
import type { EntityKind } from './types.ts';

interface Named {
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: string[];
}

/**
 * "Kessel Harbour Board (Kesseler Havnestyre) said": a name of two words or more in parentheses right
 * after an organization's name, and with no organization word of English in it, is that organization's
 * name in its own language, an alias, not another organization. The entity found for it is dropped.
 * A name with an English head in parentheses ("Acme Trust (Globex Foundation)") is another body.
 *
 * @example
 * foldOtherLanguageNames([council, gaelicName], 'Tarvel Council (Comhairle Tharbhail) said')
 * // [{ kind: 'organization', name: 'Tarvel Council', aliases: ['Comhairle Tharbhail'] }]
 */
export function foldOtherLanguageNames<T extends Named>(entities: readonly T[], text: string): T[] {
  const folded = new Set<T>();
  for (const other of entities) {
    if (other.kind !== 'organization' || !isOtherLanguageName(other.name)) continue;
    const owner = entities.find(
      (entity) =>
        entity !== other &&
        entity.kind === 'organization' &&
        !folded.has(entity) &&
        [entity.name, ...entity.aliases].some((form) => text.includes(`${form} (${other.name})`)),
    );
    if (!owner) continue;
    for (const alias of [other.name, ...other.aliases]) {
      if (!owner.aliases.includes(alias)) owner.aliases.push(alias);
    }
    folded.add(other);
  }
  return entities.filter((entity) => !folded.has(entity));
}

/** Two words or more, none of them an organization's head word in English ("Council", "Office"). */
function isOtherLanguageName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && !words.some((word) => vocabularyTagsOf(word).includes('EntOrgSuffix'));
}
