import { isInitialism } from '../entities/entity-acronyms.ts';
import { vocabularyTagsOf } from '../nlp/plugins/entity-words.ts';
import type { EntityKind } from '../types.ts';

interface Named {
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: string[];
}

/**
 * "Kessel Harbour Board (Kesseler Havnestyre) said", "the Tarvel Water Authority (Autoridad de Aguas
 * de Tarvel, AAT)": a name of two words or more in parentheses right after an organization's name, with
 * no organization word of English in it, is that organization's name in its own language, and an
 * acronym after it, made of that name's initials, its short form: aliases, not other organizations. The
 * entities found for them are dropped, as is any entity of the short name the parentheses define
 * ("hereinafter “Tomaru”"). A name with an English head in parentheses ("Acme Trust (Globex
 * Foundation)") is another body.
 *
 * @example
 * foldParenthesizedNames([council, gaelicName], 'Tarvel Council (Comhairle Tharbhail) said')
 * // [{ kind: 'organization', name: 'Tarvel Council', aliases: ['Comhairle Tharbhail'] }]
 */
export function foldParenthesizedNames<T extends Named>(entities: readonly T[], text: string): T[] {
  const folded = new Set<T>();
  for (const owner of entities) {
    if (owner.kind !== 'organization' || folded.has(owner)) continue;
    const names = [owner.name, ...owner.aliases].flatMap((form) => namesInParenthesesAfter(form, text));
    for (const { name, defined } of names) {
      const other = entities.find((entity) => entity !== owner && entity.name === name);
      // A name the text defines is the owner's whatever it looked like; another language's, if a body's.
      if (other && other.kind !== 'organization' && !defined) continue;
      for (const alias of [name, ...(other?.aliases ?? [])]) {
        if (!owner.aliases.includes(alias)) owner.aliases.push(alias);
      }
      if (other) folded.add(other);
    }
  }
  return entities.filter((entity) => !folded.has(entity));
}

/** An acronym: a capital, then capitals, digits or a hyphen. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;

/**
 * The other names given in parentheses right after each place the text writes `form`: "(Name in
 * another language)", "(Name in another language, ACRONYM)", a name in another script opening the
 * parentheses ("(株式会社トマル; head office: ...)"), and the short name it defines for the rest of
 * the text ("(...; hereinafter “Tomaru”)").
 */
function namesInParenthesesAfter(form: string, text: string): { name: string; defined: boolean }[] {
  const names: { name: string; defined: boolean }[] = [];
  for (let at = text.indexOf(`${form} (`); at >= 0; at = text.indexOf(`${form} (`, at + 1)) {
    const open = at + form.length + 2;
    const close = text.indexOf(')', open);
    const inside = close < 0 ? '' : text.slice(open, close);
    if (inside.length > 240 || /[\n(]/.test(inside)) continue;
    const [first = '', ...others] = inside.split(/;\s*/);
    names.push(...namesOpening(first).map((name) => ({ name, defined: false })));
    for (const segment of [first, ...others]) {
      const name = DEFINED_TERM.exec(segment)?.[1];
      if (name) names.push({ name, defined: true });
    }
  }
  return names;
}

/** "hereinafter “Tomaru”", "hereinafter referred to as 'Tomaru'": the short name a text defines. */
const DEFINED_TERM = /^hereinafter,? (?:referred to as |called )?["“‘']([^"”’']{2,60})["”’']$/u;

/** The names the parentheses open with: another language's name, with its acronym, or another script's. */
function namesOpening(segment: string): string[] {
  if (/^[^\p{Script=Latin}\s\d]{2,}$/u.test(segment) && /\p{L}/u.test(segment)) return [segment];
  if (/:/.test(segment)) return [];
  const [name = '', acronym, ...rest] = segment.split(', ');
  if (rest.length > 0 || !isOtherLanguageName(name)) return [];
  if (acronym === undefined) return [name];
  const opens = acronym[0]?.toLowerCase() === name.normalize('NFD')[0]?.toLowerCase();
  return ACRONYM.test(acronym) && opens && isInitialism(acronym, name) ? [name, acronym] : [];
}

/**
 * Two words or more, the first capitalized, none an organization's head word in English ("Council",
 * "Office").
 */
function isOtherLanguageName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    /^\p{Lu}/u.test(name) &&
    !words.some((word) => vocabularyTagsOf(word).includes('EntOrgSuffix'))
  );
}
