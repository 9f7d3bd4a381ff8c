import { withoutLegalForm } from '../entities/legal-forms.ts';
import type { EntityKind } from '../types.ts';

interface Named {
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: string[];
}

/**
 * "Lahden Vesi said" after "Lahden Vesi Oy": a name that is a listed company's name without its legal
 * form is that company, whatever its own words looked like (a person's, a place's). Such entities are
 * dropped and their names kept as aliases of the company.
 *
 * @example
 * foldCompanyShortNames([{ kind: 'organization', name: 'Lahden Vesi Oy', aliases: [] },
 *   { kind: 'person', name: 'Lahden Vesi', aliases: [] }])
 * // [{ kind: 'organization', name: 'Lahden Vesi Oy', aliases: ['Lahden Vesi'] }]
 */
export function foldCompanyShortNames<T extends Named>(entities: readonly T[]): T[] {
  const companies = new Map<string, T>();
  for (const entity of entities) {
    const bare = entity.kind === 'organization' ? withoutLegalForm(entity.name) : null;
    if (bare !== null && !companies.has(bare)) companies.set(bare, entity);
  }
  return entities.filter((entity) => {
    const company = entity.kind === 'organization' ? undefined : companies.get(entity.name);
    if (!company) return true;
    for (const alias of [entity.name, ...entity.aliases]) {
      if (!company.aliases.includes(alias)) company.aliases.push(alias);
    }
    return false;
  });
}
