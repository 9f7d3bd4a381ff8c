import { isTitleWord } from '../nlp/word-classes.ts';
import type { Entities, TextSpan } from '../types.ts';

export type SpeakerKind = 'person' | 'organization';

/** A place where a person or organization that can speak is named; `name` is its canonical name. */
export interface SpeakerMention extends TextSpan {
  readonly name: string;
  readonly kind: SpeakerKind;
}

/** Honorifics and particles that name nobody on their own ("Dame", "bin", the regnal "I"). */
const NOT_A_SURNAME = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'del',
  'der',
  'den',
  'van',
  'von',
  'da',
  'di',
  'du',
  'la',
  'le',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
]);

/**
 * Every mention of a listed person or organization, in text order, without overlaps. Starts from the
 * entity extractor's `mentions` and adds what it may have missed: each name and alias, and each
 * distinctive part of a person's name (a surname or given name no other listed entity shares), since
 * releases refer to people by one part of their name ("Kenyatta said", "Dame Ruth").
 *
 * @example
 * const mentions = collectSpeakerMentions('Mary Doe spoke. Doe said so.', {
 *   organizations: [], locations: [], mentions: [], people: [{ name: 'Mary Doe', aliases: [] }],
 * });
 * mentions.map((m) => m.text) // ['Mary Doe', 'Doe']
 */
export function collectSpeakerMentions(text: string, entities: Entities): SpeakerMention[] {
  const found: SpeakerMention[] = [];
  for (const mention of entities.mentions) {
    if (mention.kind === 'person' || mention.kind === 'organization') {
      found.push({
        start: mention.start,
        end: mention.end,
        text: mention.text,
        name: mention.name,
        kind: mention.kind,
      });
    }
  }
  const wholeForms = new Set(
    [...entities.organizations, ...entities.people].flatMap((entity) => [entity.name, ...entity.aliases]),
  );
  for (const [form, name, kind] of [...namingForms(entities), ...definedAcronyms(text, entities)]) {
    const part = kind === 'person' && !wholeForms.has(form);
    for (const start of findWholeWord(text, form)) {
      // "Santa Orvela" is a place, not Orvela: a part of a name glued to another capitalized word.
      if (part && afterOtherCapitalizedWord(text, start)) continue;
      found.push({ start, end: start + form.length, text: form, name, kind });
    }
  }
  return removeOverlaps(found);
}

/** [form, canonical name, kind] for every way the text may name a speaker. */
function namingForms(entities: Entities): Array<[string, string, SpeakerKind]> {
  const forms: Array<[string, string, SpeakerKind]> = [];
  for (const org of entities.organizations) {
    for (const form of [org.name, ...org.aliases]) forms.push([form, org.name, 'organization']);
  }
  for (const person of entities.people) {
    for (const form of [person.name, ...person.aliases]) forms.push([form, person.name, 'person']);
  }
  const taken = new Set(forms.map(([form]) => form));
  const partOwners = new Map<string, Set<string>>();
  for (const person of entities.people) {
    for (const part of nameParts(person.name)) {
      partOwners.set(part, (partOwners.get(part) ?? new Set()).add(person.name));
    }
  }
  const otherNames = [...entities.organizations, ...entities.locations].flatMap((e) => [
    e.name,
    ...(e.aliases ?? []),
  ]);
  for (const [part, owners] of partOwners) {
    const [owner] = [...owners];
    if (owners.size !== 1 || owner === undefined || taken.has(part)) continue;
    if (otherNames.some((name) => nameParts(name).includes(part))) continue;
    forms.push([part, owner, 'person']);
  }
  return forms;
}

/** An acronym in parentheses: two capitals or more among at most twelve letters ("(KTI)", "(UdeK)"). */
const PARENTHESIZED_ACRONYM = /^\s\((\p{Lu}[\p{L}&]{1,11})\)/u;

/**
 * [acronym, canonical name, 'organization'] for each acronym the text defines in parentheses right
 * after an organization's name ("the Kessu School of Trade (KTI)"), whatever its letters: an
 * acronym from another language's name does not match the English initials, yet "According to KTI"
 * names the school. Forms already taken by a listed entity stay theirs.
 */
function definedAcronyms(text: string, entities: Entities): Array<[string, string, SpeakerKind]> {
  const taken = new Set(
    [...entities.organizations, ...entities.people, ...entities.locations].flatMap((entity) => [
      entity.name,
      ...(entity.aliases ?? []),
    ]),
  );
  const forms: Array<[string, string, SpeakerKind]> = [];
  for (const org of entities.organizations) {
    for (const start of findWholeWord(text, org.name)) {
      const end = start + org.name.length;
      const acronym = PARENTHESIZED_ACRONYM.exec(text.slice(end, end + 16))?.[1];
      if (acronym === undefined || taken.has(acronym) || (acronym.match(/\p{Lu}/gu)?.length ?? 0) < 2)
        continue;
      taken.add(acronym);
      forms.push([acronym, org.name, 'organization']);
    }
  }
  return forms;
}

function nameParts(name: string): string[] {
  return name
    .split(/[\s,]+/u)
    .map((part) => part.replace(/\.$/u, ''))
    .filter((part) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(part) && !NOT_A_SURNAME.has(part.toLowerCase()));
}

/**
 * True when a capitalized word that is no title or honorific stands right before `start`, on the same
 * line: the part of a person's name found there belongs to another name ("Santa Orvela", "Port
 * Moresby"), whereas "Minister Orvela" or "Dr Orvela" is the person.
 */
function afterOtherCapitalizedWord(text: string, start: number): boolean {
  const before = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  const word = before?.[1];
  return word !== undefined && !isTitleWord(word) && !NOT_A_SURNAME.has(word.toLowerCase());
}

/** Start offsets of `form` where it stands as whole words (no letter or digit glued on either side). */
function findWholeWord(text: string, form: string): number[] {
  const starts: number[] = [];
  if (form.length === 0) return starts;
  let at = text.indexOf(form);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + form.length];
    if (!isWordChar(before) && !isWordChar(after)) starts.push(at);
    at = text.indexOf(form, at + 1);
  }
  return starts;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Keeps the longest of overlapping mentions (a full name over the surname inside it). */
function removeOverlaps(mentions: SpeakerMention[]): SpeakerMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: SpeakerMention[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && mention.start < last.end) {
      if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
      continue;
    }
    kept.push(mention);
  }
  return kept;
}
