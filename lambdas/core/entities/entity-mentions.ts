import type { EntityKind, EntityMention } from '../types.ts';
import { withoutLegalForm } from './legal-forms.ts';

/** What the mention finder needs of an entity; `aliases` grows with the short forms found in the text. */
export interface NamedEntity {
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: string[];
}

interface Form {
  readonly entity: NamedEntity;
  readonly form: string;
  /** A surname or first name searched for, kept as an alias only when the text uses it alone. */
  readonly derived: boolean;
}

/**
 * Every place the text names a listed entity: its name, its aliases, and for a person the surname (or,
 * for a name of three words or more, the first name) used alone. Longer forms win over the shorter forms
 * inside them; mentions come back in text order. Derived forms the text uses are added to `aliases`.
 *
 * @example
 * findEntityMentions('Jane Doe spoke. Doe left.', [{ kind: 'person', name: 'Jane Doe', aliases: [] }])
 * // [{ start: 0, end: 8, text: 'Jane Doe', ... }, { start: 16, end: 19, text: 'Doe', ... }]
 */
export function findEntityMentions(text: string, entities: readonly NamedEntity[]): EntityMention[] {
  const forms = entities.flatMap(formsOf);
  const owners = new Map<string, number>();
  for (const { form } of forms) owners.set(form, (owners.get(form) ?? 0) + 1);
  const unambiguous = forms
    .filter((form) => !form.derived || owners.get(form.form) === 1)
    .sort((a, b) => b.form.length - a.form.length);
  const taken: EntityMention[] = [];
  const occupied = new Uint8Array(text.length);
  for (const { entity, form, derived } of unambiguous) {
    for (const start of wholeWordPositions(text, form)) {
      const end = start + form.length;
      if (occupied.subarray(start, end).some((cell) => cell === 1)) continue;
      occupied.fill(1, start, end);
      taken.push({ start, end, text: form, kind: entity.kind, name: entity.name });
      if (derived && !entity.aliases.includes(form)) entity.aliases.push(form);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function formsOf(entity: NamedEntity): Form[] {
  const forms: Form[] = [entity.name, ...entity.aliases].map((form) => ({ entity, form, derived: false }));
  if (entity.kind === 'organization') return [...forms, ...companyShortForm(entity)];
  if (entity.kind !== 'person') return forms;
  const words = entity.name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}\p{L}/u.test(word) && !/^[IVX]+$/.test(word));
  if (words.length < 2 && entity.name.split(/\s+/).length < 2) return forms;
  const last = words[words.length - 1];
  if (last && last.length > 1) forms.push({ entity, form: last, derived: true });
  const first = words[0];
  if (first && words.length >= 3) forms.push({ entity, form: first, derived: true });
  return forms.filter((form, index) => forms.findIndex((other) => other.form === form.form) === index);
}

/**
 * "Acme" for "Acme Analytics, Inc.", "Lahden Vesi" for "Lahden Vesi Oy": a company with a legal form is
 * called by its name without it, or by its first word after a comma-separated form.
 */
function companyShortForm(entity: NamedEntity): Form[] {
  const forms: Form[] = [];
  const bare = withoutLegalForm(entity.name);
  if (bare !== null) forms.push({ entity, form: bare, derived: true });
  if (!/,\s*(?:Inc|Incorporated|Ltd|Limited|LLC|LLP|PLC|Plc|Corp|GmbH|AG|SA|NV|BV|Pty)\.?$/.test(entity.name))
    return forms;
  const first = entity.name.split(/[\s,]+/)[0] ?? '';
  if (/^\p{Lu}\p{Ll}{2,}$/u.test(first) && first !== bare) forms.push({ entity, form: first, derived: true });
  return forms;
}

const WORD_CHARACTER = /^[\p{L}\d]$/u;

/**
 * Where `form` occurs in `text` with no letter or digit right before or after it, left to right and
 * without overlaps. A plain substring search: a regular expression that opens with a lookbehind is
 * tried at every position of the text, once per form, and that was most of the mention search.
 */
function wholeWordPositions(text: string, form: string): number[] {
  const positions: number[] = [];
  if (form === '') return positions;
  let from = 0;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, from)) {
    const end = at + form.length;
    if (isWordCharacter(codePointBefore(text, at)) || isWordCharacter(text.codePointAt(end))) {
      from = at + 1;
      continue;
    }
    positions.push(at);
    from = end;
  }
  return positions;
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return pair ? text.codePointAt(index - 2) : low;
}

function isWordCharacter(codePoint: number | undefined): boolean {
  return codePoint !== undefined && WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}
