import { isLegalForm } from '../entities/legal-forms.ts';
import type { EntityKind } from '../types.ts';

interface Named {
  readonly kind: EntityKind;
  name: string;
  readonly aliases: string[];
}

/**
 * The mark a register writes in parentheses after a listed company's legal form: "(publ)", a
 * Swedish public limited company's ("Norrvik Metals AB (publ)"). It belongs to the company's name, so
 * the parentheses name no other body and define no short name.
 */
const LISTING_MARK = /^ \(publ\.?\)/;

/**
 * Gives each company whose name ends with a legal form the listing mark the text writes after it:
 * "Norrvik Metals AB (publ)" is the company's fullest name. The name without the mark stays an alias
 * only where the text also writes it without the mark.
 *
 * @example
 * withListingMarks([{ kind: 'organization', name: 'Norrvik Metals AB', aliases: [] }], 'Norrvik Metals AB (publ) said')
 * // [{ kind: 'organization', name: 'Norrvik Metals AB (publ)', aliases: [] }]
 */
export function withListingMarks<T extends Named>(entities: T[], text: string): T[] {
  for (const entity of entities) {
    if (entity.kind !== 'organization' || !isLegalForm(entity.name.split(' ').pop())) continue;
    const marked = markAfter(entity.name, text);
    if (!marked) continue;
    if (writtenWithoutMark(entity.name, text)) entity.aliases.unshift(entity.name);
    entity.name = `${entity.name}${marked}`;
  }
  return entities;
}

function markAfter(name: string, text: string): string | null {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const mark = LISTING_MARK.exec(text.slice(at + name.length, at + name.length + 8));
    if (mark) return mark[0];
  }
  return null;
}

function writtenWithoutMark(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!LISTING_MARK.test(text.slice(at + name.length, at + name.length + 8))) return true;
  }
  return false;
}
