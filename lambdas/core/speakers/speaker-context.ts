import { tokenize } from '../speech/speech-tokens.ts';
import type { Entities, Sentence } from '../types.ts';
import type { SpeakerKind, SpeakerMention } from './speaker-mentions.ts';
import { indexLeadWords, indexShortForms, withCompaniesOpeningSentences } from './speaker-short-forms.ts';
import { describePeople } from './speaker-titles.ts';

/** A resolved speaker: the canonical name of a listed person or organization. */
export interface Speaker {
  readonly name: string;
  readonly kind: SpeakerKind;
}

/** Someone the text has just talked about; pronouns and "the minister" look back through these. */
export interface SpeakerEvent extends Speaker {
  readonly offset: number;
  /** True for a statement's speaker and for a mention that opens its sentence (a clear subject). */
  readonly leading: boolean;
}

/**
 * What speaker resolution knows about a release: the mentions, a title description per person, and
 * the subject of every sentence, and the speakers of statements found so far (`speakers` grows in text order).
 */
export interface SpeakerContext {
  readonly text: string;
  readonly mentions: readonly SpeakerMention[];
  /** Lower-cased words the text uses to describe each person ("president", "ceo of ..."). */
  readonly titles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Organizations by the first word of their name, when no other entity starts with it ("Brightwell"). */
  readonly leadWords: ReadonlyMap<string, Speaker>;
  /**
   * Short forms of the listed organizations' names ("Acme Harbour", "the Authority" for "Acme Harbour
   * Authority"), each to its organization, or to null when the form fits more than one.
   */
  readonly shortForms: ReadonlyMap<string, string | null>;
  /** The subject of each sentence (its first person and its first organization outside quotes). */
  readonly subjects: readonly SpeakerEvent[];
  /** Speakers of the statements found so far, in text order. */
  readonly speakers: SpeakerEvent[];
  /**
   * Offsets where a named subject that is not a listed entity spoke ("Bekele said", with Bekele not
   * listed): a later "she" may mean that subject, so it must not jump back to an earlier listed person.
   */
  readonly unlisted: number[];
}

/**
 * Builds the context for one release. `quoted` lists the ranges inside quotation marks: names said
 * inside a quote are not antecedents for the pronoun in its attribution.
 */
export function createSpeakerContext(
  text: string,
  mentions: readonly SpeakerMention[],
  entities: Entities,
  sentences: readonly Sentence[],
  quoted: ReadonlyArray<readonly [number, number]>,
): SpeakerContext {
  const outside = mentionsOutside(mentions, quoted);
  const leadWords = indexLeadWords(entities);
  const subjectMentions = withCompaniesOpeningSentences(text, sentences, leadWords, outside);
  return {
    text,
    mentions,
    titles: describePeople(text, mentions, entities, sentences),
    leadWords,
    shortForms: indexShortForms(entities),
    subjects: findSentenceSubjects(text, subjectMentions, sentences),
    speakers: [],
    unlisted: [],
  };
}

/** The mentions not inside a quoted range (both lists in text order: one sweep). */
function mentionsOutside(
  mentions: readonly SpeakerMention[],
  quoted: ReadonlyArray<readonly [number, number]>,
): SpeakerMention[] {
  const kept: SpeakerMention[] = [];
  let q = 0;
  for (const mention of mentions) {
    while (q < quoted.length && (quoted[q]?.[1] ?? 0) < mention.start) q++;
    const range = quoted[q];
    if (range === undefined || !(mention.start >= range[0] && mention.end <= range[1])) kept.push(mention);
  }
  return kept;
}

/** Per sentence, its first person mention and its first organization mention (in text order). */
function findSentenceSubjects(
  text: string,
  mentions: readonly SpeakerMention[],
  sentences: readonly Sentence[],
): SpeakerEvent[] {
  const subjects: SpeakerEvent[] = [];
  let index = 0;
  for (const sentence of sentences) {
    while ((mentions[index]?.start ?? Number.POSITIVE_INFINITY) < sentence.start) index++;
    const seen = new Set<SpeakerKind>();
    for (let i = index; i < mentions.length; i++) {
      const mention = mentions[i];
      if (mention === undefined || mention.start >= sentence.end) break;
      if (seen.has(mention.kind)) continue;
      seen.add(mention.kind);
      const leading =
        mention.start - sentence.start <= 40 && tokenize(text, sentence.start, mention.start).length <= 2;
      subjects.push({ name: mention.name, kind: mention.kind, offset: mention.start, leading });
    }
  }
  return subjects;
}

/** The mentions that start inside [start, end). */
export function mentionsWithin(context: SpeakerContext, start: number, end: number): SpeakerMention[] {
  const { mentions } = context;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid]?.start ?? 0) < start) low = mid + 1;
    else high = mid;
  }
  const found: SpeakerMention[] = [];
  for (let i = low; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= end) break;
    found.push(mention);
  }
  return found;
}

/** Records who the text is talking about at `offset` (a statement's speaker or a sentence's subject). */
export function noteSpeaker(context: SpeakerContext, speaker: Speaker, offset: number): void {
  context.speakers.push({ ...speaker, offset, leading: true });
}
