import { isInitialism } from '../entities/entity-acronyms.ts';
import { hasRomanceParticle } from '../entities/entity-sentence-case-names.ts';
import { isGazetteerPlaceWordText } from '../locations/location-place-words.ts';
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
 * ("hereinafter “Tomaru”") and one read from the name's last words alone where the text writes them
 * nowhere else ("Nhi Orvo Sa" of "(Bệnh viện Nhi Orvo Sa)"). A name with an English head in parentheses ("Acme Trust (Globex
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
    const names = [owner.name, ...owner.aliases].flatMap((form) =>
      namesInParenthesesAfter(form, text).filter(
        ({ name, quoted }) => !quoted || opensName(owner.name, name),
      ),
    );
    for (const { name, defined, lone } of names) {
      const other = entities.find((entity) => entity !== owner && entity.name === name);
      // "Ministry of Health of the Orvo Republic (OR)": the short form is the state's, defined for it.
      if (entities.some((entity) => entity.kind !== owner.kind && entity.aliases.includes(name))) continue;
      // "(Bệnh viện Nhi Tiên Sa)": the last words of the name, read as an entity named nowhere else.
      const part = other ?? (defined || lone ? undefined : endingOnlyIn(entities, owner, name, text));
      if (part && !other) folded.add(part);
      // "Tarvel Water Agency (Vattenverket)": one word is the body's own name only if read as a body.
      if (lone && (other?.kind !== 'organization' || isGazetteerPlaceWordText(name))) continue;
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

/**
 * The entity, other than the owner, whose name ends the other-language name and which the text writes
 * nowhere but inside it: words of that name read as a name of their own.
 */
function endingOnlyIn<T extends Named>(
  entities: readonly T[],
  owner: T,
  name: string,
  text: string,
): T | undefined {
  const part = entities.find((entity) => entity !== owner && name.endsWith(` ${entity.name}`));
  if (!part) return undefined;
  const uses = text.split(part.name).length - 1;
  return uses === text.split(name).length - 1 ? part : undefined;
}

/**
 * The names in another language, of two words or more, that the text gives in parentheses right after
 * `form` ("Orvik Municipality (Orviks kommun)" gives "Orviks kommun").
 *
 * @example
 * otherLanguageNamesAfter('Orvik Municipality', 'Orvik Municipality (Orviks kommun) said') // ['Orviks kommun']
 */
export function otherLanguageNamesAfter(form: string, text: string): string[] {
  return namesInParenthesesAfter(form, text)
    .filter((found) => !found.defined && !found.lone && !found.quoted)
    .map((found) => found.name);
}

/** An acronym: a capital, then capitals, digits or a hyphen. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;

/**
 * The other names given in parentheses right after each place the text writes `form`: "(Name in
 * another language)", "(Name in another language, ACRONYM)", a name in another script opening the
 * parentheses ("(株式会社トマル; head office: ...)"), and the short name it defines for the rest of
 * the text ("(...; hereinafter “Tomaru”)").
 */
function namesInParenthesesAfter(form: string, text: string): DefinedName[] {
  const names: DefinedName[] = [];
  for (let at = text.indexOf(`${form} (`); at >= 0; at = text.indexOf(`${form} (`, at + 1)) {
    const open = at + form.length + 2;
    const close = text.indexOf(')', open);
    const inside = close < 0 ? '' : text.slice(open, close);
    if (inside.length > 240 || /[\n(]/.test(inside)) continue;
    if (QUOTED_TERMS.test(inside)) {
      for (const [, name = ''] of inside.matchAll(QUOTED_TERM))
        names.push({ name, defined: true, quoted: true });
      continue;
    }
    const [first = '', ...others] = inside.split(/;\s*/);
    names.push(...namesOpening(first).map((name) => ({ name, defined: false })));
    if (LONE_NAME.test(first)) names.push({ name: first, defined: false, lone: true });
    for (const segment of [first, ...others]) {
      const name = DEFINED_TERM.exec(segment)?.[1];
      if (name) names.push({ name, defined: true });
    }
  }
  return names;
}

interface DefinedName {
  readonly name: string;
  readonly defined: boolean;
  /** Given in quotation marks alone ("(“Norrvik” or “the company”)"): the owner's only if it opens its name. */
  readonly quoted?: boolean;
  /** One word alone ("(Vattenverket)"), another language's name only if the text reads it as a body. */
  readonly lone?: boolean;
}

/**
 * One long word, capitalized and in lower case after: a compound, as Nordic, German and Dutch bodies
 * write their names ("Vattenverket", "Rijkswaterstaat"). Acronyms are defined elsewhere, and a short
 * word is more often a credit ("(Reuters)") or an aside.
 */
const LONE_NAME = /^\p{Lu}\p{Ll}{9,}$/u;

/** A term in quotation marks, the way a release defines its short names. */
const QUOTED_TERM = /["“]([^"”]{2,60})["”]/gu;

/** Parentheses holding only quoted terms: "(“Norrvik” or “the company”)", "(the “Company”)". */
const QUOTED_TERMS =
  /^(?:(?:the|or|and|,)\s*)*["“][^"”]{2,60}["”](?:\s*(?:,|or|and|the)\s*(?:the\s*)?["“][^"”]{2,60}["”])*$/u;

/**
 * Whether the short name is the opening word or words of the owner's name ("Norrvik" of "Norrvik
 * Metals AB (publ)"): a quoted "the company" is a generic stand-in, no name.
 */
function opensName(owner: string, name: string): boolean {
  return /^\p{Lu}/u.test(name) && owner !== name && owner.startsWith(`${name} `);
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
 * "Office"); a head that French, Spanish, Portuguese or Italian write first counts as theirs.
 */
function isOtherLanguageName(name: string): boolean {
  const words = name.split(/\s+/);
  // "(Instituto Nacional de Pesca, INP)": a head written first, in a name with a Romance particle, is
  // that language's word, not English.
  const romance = hasRomanceParticle(words);
  const englishHead = (word: string) => {
    const tags = vocabularyTagsOf(word);
    return tags.includes('EntOrgSuffix') && !(romance && tags.includes('EntOrgHeadFirst'));
  };
  return words.length >= 2 && /^\p{Lu}/u.test(name) && !words.some(englishHead);
}
