import type { SpeakerKind, SpeakerMention } from './speaker-mentions.ts';
import { DETERMINERS, describePeople } from './speaker-titles.ts';
import { type Token, tokenize } from './speech-tokens.ts';
import { matchSpeechVerb } from './speech-verbs.ts';
import type { Entities, Sentence } from './types.ts';

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

/** How many characters before a verb its subject (with an appositive) may start. */
const SUBJECT_REACH = 320;

/** How far back a pronoun looks for its antecedent, in subjects and speakers. */
const LOOKBACK = 40;

const PERSON_PRONOUNS = new Set(['he', 'she']);
const GROUP_PRONOUNS = new Set(['they', 'it']);

/** Words that may stand between a subject and its verb ("also", "further", "has", "proudly"). */
const VERB_MODIFIERS = new Set([
  'also',
  'further',
  'then',
  'later',
  'again',
  'once',
  'not',
  'only',
  'has',
  'have',
  'had',
  'will',
  'would',
  'too',
  'subsequently',
  'meanwhile',
  'however',
  'today',
  'yesterday',
  'tonight',
  'recently',
  'earlier',
  'jointly',
  'formally',
  'officially',
  'publicly',
]);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Nouns that name an organization by its kind ("the company said"). */
const ORGANIZATION_NOUNS = new Set([
  'company',
  'firm',
  'organization',
  'organisation',
  'group',
  'institute',
  'institution',
  'association',
  'foundation',
  'ministry',
  'agency',
  'bureau',
  'university',
  'council',
  'forum',
  'secretariat',
  'commission',
  'committee',
  'department',
  'federation',
  'society',
  'body',
  'corporation',
  'bank',
  'union',
  'directorate',
  'office',
  'authority',
  'administration',
  'board',
  'centre',
  'center',
  'network',
  'alliance',
  'coalition',
  'confederation',
  'club',
  'party',
  'organisers',
  'organizers',
]);

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
  return {
    text,
    mentions,
    titles: describePeople(text, mentions, entities, sentences),
    leadWords: indexLeadWords(entities),
    shortForms: indexShortForms(entities),
    subjects: findSentenceSubjects(text, outside, sentences),
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

/**
 * The subject of a speech verb that starts at `verbStart`, looking back no further than `regionStart`:
 * a pronoun, "the <title>" / "the <organization noun>", or a mention that ends right before the verb
 * or before an appositive (", CEO of X,") or a place phrase ("from the University of Y") that ends there.
 * A person wins over an organization named inside the person's description.
 *
 * @example
 * // "Jane Doe, CEO of Acme, said ..." → Jane Doe (not Acme)
 */
export function findSubject(context: SpeakerContext, clauseStart: number, verbStart: number): Speaker | null {
  const { text } = context;
  // A subject with its appositive sits close to its verb; a bounded look-back keeps long lines linear.
  const regionStart = Math.max(clauseStart, verbStart - SUBJECT_REACH);
  const subjectEnd = skipBackOverModifiers(text, regionStart, verbStart);
  const tokens = tokenize(text, regionStart, subjectEnd);
  const lastToken = tokens[tokens.length - 1];
  if (lastToken === undefined || lastToken.end !== subjectEnd) return null;
  const pronoun = resolvePronounToken(context, lastToken.text, lastToken.start);
  if (pronoun !== undefined) return pronoun;
  // "Jane Doe, chairman of the board, said": "the board" closes the person's appositive, not the subject.
  const described = describedPerson(context, regionStart, subjectEnd);
  if (described !== null) return described;
  if (tokens[tokens.length - 2]?.lower === 'the' && lastToken.text === lastToken.lower) {
    const byTitle = resolveDescription(context, lastToken.lower, lastToken.start);
    if (byTitle !== null) return byTitle;
  }
  const byLongTitle = longTitleSubject(context, tokens, regionStart);
  if (byLongTitle !== null) return byLongTitle;
  const subject =
    spokespersonOf(context, tokens, lastToken) ??
    subjectMention(context, regionStart, subjectEnd) ??
    describedSubject(context, tokens, subjectEnd) ??
    capitalizedDescription(context, tokens, lastToken) ??
    leadWordSubject(context, tokens, lastToken);
  // No listed subject, but a name-like word ends the subject or opens the clause ("Mirela Vasquez, a
  // buyer, said"): someone the entities missed is speaking.
  const first = tokens[0];
  if (subject === null) {
    if (looksLikeUnlistedName(context, lastToken)) context.unlisted.push(lastToken.start);
    else if (first !== undefined && looksLikeUnlistedName(context, first)) context.unlisted.push(first.start);
  }
  return subject;
}

/**
 * "The chief executive said": "the" and a few lower-case title words open the clause; the person whose
 * title ends with the last word. Not after a comma ("Jane Doe, the chief executive, said" is hers).
 */
function longTitleSubject(
  context: SpeakerContext,
  tokens: readonly Token[],
  regionStart: number,
): Speaker | null {
  const last = tokens.length - 1;
  for (let k = last - 2; k >= 0 && k >= last - 3; k--) {
    const article = tokens[k] as Token;
    if (article.lower !== 'the') continue;
    const words = tokens.slice(k + 1);
    if (!words.every((word) => word.text === word.lower)) return null;
    if (context.text.slice(regionStart, article.start).trimEnd().endsWith(',')) return null;
    const head = words[words.length - 1] as Token;
    return resolveDescription(context, head.lower, head.start);
  }
  return null;
}

/** "the Chair told members": a capitalized title after "the" that no listed name ends with. */
function capitalizedDescription(
  context: SpeakerContext,
  tokens: readonly Token[],
  lastToken: Token,
): Speaker | null {
  if (tokens[tokens.length - 2]?.lower !== 'the' || !/^\p{Lu}/u.test(lastToken.text)) return null;
  return resolveDescription(context, lastToken.lower, lastToken.start);
}

/** Words for someone who speaks on an organization's behalf: their words are the organization's. */
const SPOKESPERSON_NOUNS = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'spokespeople',
  'representative',
]);

/** "A Acme spokesperson told ...", "an Acme's spokeswoman said": the organization named right before. */
function spokespersonOf(context: SpeakerContext, tokens: readonly Token[], lastToken: Token): Speaker | null {
  if (!SPOKESPERSON_NOUNS.has(lastToken.lower)) return null;
  const previous = tokens[tokens.length - 2];
  if (previous === undefined) return null;
  const [mention] = mentionsWithin(context, Math.max(0, previous.start - 120), lastToken.start)
    .filter((candidate) => /^(?:['’]s)?\s+$/u.test(context.text.slice(candidate.end, lastToken.start)))
    .reverse();
  if (mention !== undefined)
    return mention.kind === 'organization' ? { name: mention.name, kind: mention.kind } : null;
  // "A Caldera spokeswoman": the first words of a listed organization's name.
  const run: string[] = [];
  for (let i = tokens.length - 2; i >= 0 && run.length < 4; i--) {
    const word = tokens[i] as Token;
    if (!/^\p{Lu}/u.test(word.text) || ['a', 'an', 'the'].includes(word.lower)) break;
    run.unshift(word.text);
  }
  return resolveShortForm(context, run);
}

/**
 * "Brightwell also announced ...": an organization named by the first word of its name, accepted only
 * right before the verb and only when the word is capitalized and names no other entity.
 */
function leadWordSubject(
  context: SpeakerContext,
  tokens: readonly Token[],
  lastToken: Token,
): Speaker | null {
  const previous = tokens[tokens.length - 2];
  if (previous !== undefined && /^\p{Lu}/u.test(previous.text)) return null;
  return context.leadWords.get(lastToken.text) ?? null;
}

function indexLeadWords(entities: Entities): Map<string, Speaker> {
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

/** "The company, which employs 180 people, said": a description, then an appositive, then the verb. */
function describedSubject(
  context: SpeakerContext,
  tokens: readonly Token[],
  subjectEnd: number,
): Speaker | null {
  for (let i = tokens.length - 1; i >= 1; i--) {
    const noun = tokens[i] as Token;
    if (tokens[i - 1]?.lower !== 'the' || noun.text !== noun.lower) continue;
    const gap = context.text.slice(noun.end, subjectEnd);
    if (!gap.trimStart().startsWith(',') || !isSubjectGap(gap)) continue;
    return resolveDescription(context, noun.lower, noun.start);
  }
  return null;
}

/** Capitalized words that open sentences without naming anyone. */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
  'after',
  'before',
  'during',
  'when',
  'while',
  'but',
  'and',
  'or',
  'also',
  'both',
  'each',
  'all',
  'some',
  'many',
  'most',
  'our',
  'their',
  'his',
  'her',
  'we',
  'they',
  'he',
  'she',
  'i',
  'you',
  'today',
  'yesterday',
  'however',
  'meanwhile',
  'officials',
  'organizers',
  'organisers',
  'participants',
]);

/** A capitalized word outside every listed mention, in subject position: someone the entities missed. */
function looksLikeUnlistedName(context: SpeakerContext, token: Token): boolean {
  if (!/^\p{Lu}/u.test(token.text) || NOT_NAMES.has(token.lower)) return false;
  return mentionsWithin(context, Math.max(0, token.start - 200), token.end).every(
    (mention) => mention.end <= token.start || mention.start > token.start,
  );
}

/**
 * Walks back from a verb over what may stand between it and its subject: adverbs and auxiliaries
 * ("has also"), time words ("today", "on Monday"), a bracketed aside ("(NASDAQ: ACME)") and a
 * comma-enclosed adverb (", meanwhile,"). Returns where the subject ends.
 */
function skipBackOverModifiers(text: string, regionStart: number, verbStart: number): number {
  let end = verbStart;
  for (let step = 0; step < 8; step++) {
    const trimmed = text.slice(regionStart, end).trimEnd();
    const stop = regionStart + trimmed.length;
    if (trimmed.endsWith(')')) {
      const open = trimmed.lastIndexOf('(');
      if (open >= 0 && trimmed.length - open <= 80) {
        end = regionStart + open;
        continue;
      }
      return stop;
    }
    const withoutComma = trimmed.endsWith(',') ? trimmed.slice(0, -1).trimEnd() : trimmed;
    if (withoutComma.endsWith(')') && withoutComma !== trimmed) {
      end = regionStart + withoutComma.length;
      continue;
    }
    const word = /\p{L}+$/u.exec(withoutComma)?.[0] ?? '';
    const lower = word.toLowerCase();
    if (word === '' || !(isVerbModifier(lower) || (WEEKDAYS.has(lower) && /^\p{Lu}/u.test(word)))) {
      return regionStart + withoutComma.length;
    }
    end = regionStart + withoutComma.length - word.length;
    if (WEEKDAYS.has(lower) && /\bon\s*$/u.test(text.slice(Math.max(regionStart, end - 4), end))) {
      end = text.lastIndexOf('on', end);
    }
  }
  return end;
}

/** The closest mention that ends at `subjectEnd` or whose description does; people first. */
function subjectMention(context: SpeakerContext, regionStart: number, subjectEnd: number): Speaker | null {
  const candidates = mentionsWithin(context, regionStart, subjectEnd).reverse();
  const gapOf = (mention: SpeakerMention) => context.text.slice(mention.end, subjectEnd);
  const fitting = candidates.filter((mention) => isSubjectGap(gapOf(mention)));
  // "Acme, a subsidiary of Globex Holdings, said": the name the appositive describes is the subject,
  // not the organization named inside the appositive.
  const described = fitting.find((mention) => APPOSITIVE_GAP.test(gapOf(mention)));
  const chosen = fitting.find((mention) => mention.kind === 'person') ?? described ?? fitting[0];
  return chosen === undefined ? null : { name: chosen.name, kind: chosen.kind };
}

/** ", a subsidiary of X,", ", the country's largest lender,": an appositive set off by commas. */
const APPOSITIVE_GAP = /^\s*,\s*(?:a|an|the|its|one)\s[^,;]{1,150},?\s*$/iu;

/** The closest person whose appositive (opened by a comma) runs to `subjectEnd`: "Jane Doe, head of X". */
function describedPerson(context: SpeakerContext, regionStart: number, subjectEnd: number): Speaker | null {
  const candidates = mentionsWithin(context, regionStart, subjectEnd).reverse();
  const person = candidates.find((mention) => {
    const gap = context.text.slice(mention.end, subjectEnd);
    return mention.kind === 'person' && /^\s*,/u.test(gap) && isSubjectGap(gap);
  });
  return person === undefined ? null : { name: person.name, kind: person.kind };
}

/**
 * What may stand between a subject's name and the end of the subject: nothing, an acronym in brackets,
 * an appositive opened by a comma (", CEO of X"), or a short place phrase ("from the University of Y").
 */
function isSubjectGap(gap: string): boolean {
  // Bracketed acronyms and tickers say nothing about the structure: "Acme, Inc. (NASDAQ: AC), a ...".
  const trimmed = gap
    .replace(/\([^()]{0,60}\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (trimmed === '' || trimmed === ',' || /^\([\p{Lu}\p{N}&.-]+\)$/u.test(trimmed)) return true;
  const words = tokenize(trimmed);
  if (words.length > 30 || /[;:"“”«»]/u.test(trimmed)) return false;
  if (words.some((_, index) => matchSpeechVerb(words, index) !== null)) return false;
  if (trimmed.startsWith(',')) return true;
  const first = words[0]?.lower ?? '';
  return ['from', 'of', 'at', 'with'].includes(first) && words.length <= 12;
}

function isVerbModifier(word: string): boolean {
  return VERB_MODIFIERS.has(word) || (word.endsWith('ly') && word.length > 4 && word !== 'only');
}

/**
 * A pronoun resolved to the nearest preceding fitting subject: "he"/"she" (and the honorific "HE")
 * to the last person talked about, "they" to an organization when an organization was the last subject.
 * Returns undefined when the word is no pronoun, null when it is one that cannot be resolved.
 */
export function resolvePronounToken(
  context: SpeakerContext,
  word: string,
  offset: number,
): Speaker | null | undefined {
  const lower = word.toLowerCase();
  const unlistedAt = latestUnlisted(context, offset);
  if (PERSON_PRONOUNS.has(lower)) {
    const person = lastEvent(context, offset, (event) => event.kind === 'person');
    return person === null || person.offset < unlistedAt ? null : { name: person.name, kind: person.kind };
  }
  if (GROUP_PRONOUNS.has(lower)) {
    // "They" and "it" may be people or things; only an organization that opened the latest sentence is safe.
    const latest = lastEvent(context, offset, () => true);
    const fits = latest?.kind === 'organization' && latest.leading && latest.offset > unlistedAt;
    return fits && latest !== null ? { name: latest.name, kind: latest.kind } : null;
  }
  return undefined;
}

/**
 * "the president", "the CEO" → the person whose title contains the word, most recently talked about;
 * "the company", "the ministry" → the most recent organization (one whose name has the word, if any).
 */
export function resolveDescription(context: SpeakerContext, noun: string, offset: number): Speaker | null {
  // An organization that led a sentence or spoke is a better antecedent than one named in passing.
  const isOrganization = (event: SpeakerEvent) => event.kind === 'organization';
  const byName = lastEvent(context, offset, (e) => isOrganization(e) && e.name.toLowerCase().includes(noun));
  // "According to the foundation" paragraphs after another foundation spoke: the one the release keeps
  // naming is meant, unless the other was just talked about.
  const distant = byName !== null && offset - byName.offset > NEAR_ANTECEDENT;
  const named = ORGANIZATION_NOUNS.has(noun) && distant ? mostNamedOrganization(context, offset, noun) : null;
  if (named !== null) return { name: named, kind: 'organization' };
  const found = ORGANIZATION_NOUNS.has(noun)
    ? (byName ??
      lastEvent(context, offset, (e) => isOrganization(e) && e.leading) ??
      lastEvent(context, offset, isOrganization))
    : lastEvent(context, offset, (event) => event.kind === 'person' && hasTitle(context, event.name, noun));
  if (found !== null) return { name: found.name, kind: found.kind };
  // "the museum", "the hospice": the organization whose name ends with that noun, the one talked about
  // most recently, else the only listed one.
  const endsWithNoun = (event: SpeakerEvent) =>
    isOrganization(event) && event.name.toLowerCase().endsWith(` ${noun}`);
  const recent = lastEvent(context, offset, endsWithNoun);
  if (recent !== null) return { name: recent.name, kind: recent.kind };
  const short = context.shortForms.get(`the ${noun}`);
  if (short !== null && short !== undefined) return { name: short, kind: 'organization' };
  // "the embassy" for the "Embassy of Peru in Ghana": a head written first is a word of the name too.
  const headFirst = mostNamedOrganization(context, offset, noun);
  return headFirst === null ? null : { name: headFirst, kind: 'organization' };
}

/** How close (in characters) an antecedent must be for "the <noun>" to mean it over the release's own. */
const NEAR_ANTECEDENT = 400;

/**
 * Of the organizations named before `offset` with `noun` as a word of their name, the one named most
 * often (on a tie, the one named first: a release names its own organization early); null when none is.
 */
function mostNamedOrganization(context: SpeakerContext, offset: number, noun: string): string | null {
  const counts = new Map<string, number>();
  for (const mention of context.mentions) {
    if (mention.start >= offset) break;
    if (mention.kind !== 'organization') continue;
    if (!mention.name.toLowerCase().split(/\s+/u).includes(noun)) continue;
    counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

function hasTitle(context: SpeakerContext, name: string, noun: string): boolean {
  return context.titles.get(name)?.has(noun) ?? false;
}

/** The offset of the latest unlisted subject before `offset`, or -1. */
function latestUnlisted(context: SpeakerContext, offset: number): number {
  for (let i = context.unlisted.length - 1; i >= 0; i--) {
    const at = context.unlisted[i] ?? -1;
    if (at < offset) return at;
  }
  return -1;
}

/** The latest subject or speaker before `offset` that fits, looking back at most LOOKBACK of each. */
function lastEvent(
  context: SpeakerContext,
  offset: number,
  fits: (event: SpeakerEvent) => boolean,
): SpeakerEvent | null {
  const best = [latestBefore(context.subjects, offset, fits), latestBefore(context.speakers, offset, fits)]
    .filter((event): event is SpeakerEvent => event !== null)
    .sort((a, b) => b.offset - a.offset)[0];
  return best ?? null;
}

function latestBefore(
  events: readonly SpeakerEvent[],
  offset: number,
  fits: (event: SpeakerEvent) => boolean,
): SpeakerEvent | null {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((events[mid]?.offset ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0 && i >= low - LOOKBACK; i--) {
    const event = events[i];
    if (event !== undefined && fits(event)) return event;
  }
  return null;
}

/**
 * The speaker named right after a speech verb ("said Jane Doe, CEO of X", "said the president", "said
 * she"): a mention before the first comma (a person over an organization in the same phrase), else a
 * pronoun, else "the <title>".
 */
export function findSpeakerAfterVerb(context: SpeakerContext, from: number, to: number): Speaker | null {
  const comma = context.text.slice(from, to).search(/[,;(]/u);
  const end = comma < 0 ? to : from + comma;
  const mentions = mentionsWithin(context, from, end);
  const chosen = mentions.find((mention) => mention.kind === 'person') ?? mentions[0];
  if (chosen !== undefined) return { name: chosen.name, kind: chosen.kind };
  const words = tokenize(context.text, from, end);
  const [first, second] = words;
  if (first === undefined) return null;
  const pronoun = resolvePronounToken(context, first.text, first.start);
  if (pronoun !== undefined) return pronoun;
  const named = personAfterTitle(context, words, end, to);
  if (named !== null) return named;
  if (first.lower === 'the' && second !== undefined && words.length <= 3) {
    const last = words[words.length - 1] ?? second;
    return resolveDescription(context, last.lower, first.start);
  }
  return null;
}

/**
 * "said the charity's chief executive, Jane Doe": a short description (a determiner or possessive,
 * then a few title words) and, right after its comma, the person it describes.
 */
function personAfterTitle(
  context: SpeakerContext,
  words: readonly Token[],
  comma: number,
  to: number,
): Speaker | null {
  const [first] = words;
  const determiner = first !== undefined && (DETERMINERS.has(first.lower) || /['’]s$/u.test(first.lower));
  if (!determiner || words.length < 2 || words.length > 7 || context.text[comma] !== ',') return null;
  const at = comma + 1 + (/^\s*/u.exec(context.text.slice(comma + 1, comma + 5))?.[0].length ?? 0);
  const [mention] = mentionsWithin(context, at, Math.min(to, at + 1));
  return mention?.kind === 'person' ? { name: mention.name, kind: mention.kind } : null;
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

function indexShortForms(entities: Entities): Map<string, string | null> {
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
 * "The federal minister lauded ... and said": "the" and up to two lower-case words, the last one a
 * title the text gave someone (or a noun for an organization it named), then a lower-case verb.
 * `first` is the index of "the" in `tokens`.
 *
 * @example
 * lowerCaseDescription(context, tokensOf('The federal minister lauded'), 0) // the person titled minister
 */
export function lowerCaseDescription(
  context: SpeakerContext,
  tokens: readonly Token[],
  first: number,
): Speaker | null {
  for (let last = first + 2; last > first; last--) {
    const head = tokens[last];
    const next = tokens[last + 1];
    const lower = (token: Token | undefined) => token !== undefined && token.text === token.lower;
    if (!lower(head) || !lower(next) || !tokens.slice(first + 1, last).every(lower)) continue;
    const found = resolveDescription(context, (head as Token).lower, (head as Token).start);
    if (found !== null) return found;
  }
  return null;
}
