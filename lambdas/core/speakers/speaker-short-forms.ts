import { withoutLegalForm } from '../entities/legal-forms.ts';
import type { Entities, Sentence } from '../types.ts';
import type { Speaker, SpeakerContext } from './speaker-context.ts';
import type { SpeakerMention } from './speaker-mentions.ts';

/** Organizations by the first word of their name, when no person, place or other organization shares it. */
export function indexLeadWords(entities: Entities): Map<string, Speaker> {
  const owners = new Map<string, Speaker[]>();
  const add = (word: string | undefined, speaker: Speaker) => {
    if (word !== undefined && /^\p{Lu}\p{L}{3,}$/u.test(word))
      owners.set(word, [...(owners.get(word) ?? []), speaker]);
  };
  for (const org of entities.organizations)
    add(org.name.split(/\s+/u)[0], { name: org.name, kind: 'organization' });
  for (const person of entities.people) {
    for (const part of person.name.split(/\s+/u)) add(part, { name: person.name, kind: 'person' });
  }
  for (const place of entities.locations)
    add(place.name.split(/\s+/u)[0], { name: place.name, kind: 'organization' });
  const unique = new Map<string, Speaker>();
  for (const [word, speakers] of owners) {
    const [only] = speakers;
    if (
      speakers.length === 1 &&
      only?.kind === 'organization' &&
      entities.organizations.some((o) => o.name === only.name)
    ) {
      unique.set(word, only);
    }
  }
  return unique;
}

/**
 * An organization named by a short form of its name: its first words ("Acme Harbour" for "Acme Harbour
 * Authority") or, after "the", the last word of its name ("the Authority"). Only a form that fits
 * exactly one listed organization counts.
 *
 * @example
 * // organizations ['Westfold Regional Council'] → ['the', 'Council'] and ['Westfold'] both resolve
 */
export function resolveShortForm(context: SpeakerContext, words: readonly string[]): Speaker | null {
  const definite = words[0]?.toLowerCase() === 'the';
  const core = definite ? words.slice(1) : words;
  if (core.length === 0 || core.length > MAX_SHORT_FORM || !core.every((word) => /^\p{Lu}/u.test(word)))
    return null;
  const key = core.join(' ');
  const name =
    context.shortForms.get(key) ??
    (definite && core.length === 1 ? context.shortForms.get(`the ${key.toLowerCase()}`) : null);
  return name === null || name === undefined ? null : { name, kind: 'organization' };
}

/** How many words a short form of an organization's name may have. */
const MAX_SHORT_FORM = 4;

/** Every short form of each listed organization's name, to that organization or to null when shared. */
export function indexShortForms(entities: Entities): Map<string, string | null> {
  const forms = new Map<string, string | null>();
  const add = (form: string, name: string) =>
    forms.set(form, forms.has(form) && forms.get(form) !== name ? null : name);
  for (const { name } of entities.organizations) {
    const parts = name.split(/\s+/u);
    for (let length = 1; length < parts.length && length <= MAX_SHORT_FORM; length++)
      add(parts.slice(0, length).join(' '), name);
    if (parts.length > 1) add(`the ${parts[parts.length - 1]?.toLowerCase()}`, name);
  }
  return forms;
}

/**
 * "Brevik Holdings ASA opened a plant. Brevik has signed ...": a company named in full with its legal
 * form, then by the first word of its name alone at the start of a sentence, is that sentence's subject.
 * Returns those mentions merged into `mentions` (both in text order). Only companies: the first word
 * of a public body's name ("National", "Forest") opens sentences that are not about it.
 *
 * @example
 * // organizations ['Tarvel Mining ASA'], text 'Tarvel has signed a deal.' → a mention of Tarvel Mining ASA at 0
 */
export function withCompaniesOpeningSentences(
  text: string,
  sentences: readonly Sentence[],
  leadWords: ReadonlyMap<string, Speaker>,
  mentions: readonly SpeakerMention[],
): SpeakerMention[] {
  const starts = new Set(mentions.map((mention) => mention.start));
  const added: SpeakerMention[] = [];
  for (const sentence of sentences) {
    const word = /^\s*(\p{Lu}\p{L}+)(?=[\s,]|['’]s\s)/u.exec(text.slice(sentence.start, sentence.start + 60));
    const lead = word?.[1];
    const company = lead === undefined ? undefined : leadWords.get(lead);
    if (lead === undefined || company === undefined || withoutLegalForm(company.name) === null) continue;
    const start = sentence.start + (word?.[0].length ?? 0) - lead.length;
    if (starts.has(start)) continue;
    added.push({ start, end: start + lead.length, text: lead, name: company.name, kind: 'organization' });
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
