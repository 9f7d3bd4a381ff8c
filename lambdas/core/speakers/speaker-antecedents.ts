import type { Token } from '../speech/speech-tokens.ts';
import { mentionsWithin, type Speaker, type SpeakerContext, type SpeakerEvent } from './speaker-context.ts';
import type { SpeakerMention } from './speaker-mentions.ts';
import { nounFitsOrganization, nounHeadsNames, ORGANIZATION_NOUNS } from './speaker-organization-nouns.ts';
import { isOrganizerNoun, namedOrganizer } from './speaker-organizers.ts';

/** How far back a pronoun looks for its antecedent, in subjects and speakers. */
const LOOKBACK = 40;
/** How far back (in characters) the holder of a whole title is looked for among the mentions. */
const TITLE_HOLDER_REACH = 4000;

const PERSON_PRONOUNS = new Set(['he', 'she']);
const GROUP_PRONOUNS = new Set(['they', 'it']);

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
export function resolveDescription(
  context: SpeakerContext,
  noun: string,
  offset: number,
  qualifiers: readonly string[] = [],
): Speaker | null {
  if (isOrganizerNoun(noun)) return namedOrganizer(context, offset);
  // "The 27-year-old said ...": a person described by age is the person talked about last.
  if (AGE_DESCRIPTION.test(noun)) {
    const person = lastEvent(context, offset, (event) => event.kind === 'person');
    return person === null ? null : { name: person.name, kind: person.kind };
  }
  // An organization that led a sentence or spoke is a better antecedent than one named in passing.
  const isOrganization = (event: SpeakerEvent) => event.kind === 'organization';
  const byName = lastEvent(context, offset, (e) => isOrganization(e) && e.name.toLowerCase().includes(noun));
  // "According to the foundation" paragraphs after another foundation spoke: the one the release keeps
  // naming is meant, unless the other was just talked about.
  const distant = byName !== null && offset - byName.offset > NEAR_ANTECEDENT;
  const named = ORGANIZATION_NOUNS.has(noun) && distant ? mostNamedOrganization(context, offset, noun) : null;
  if (named !== null) return { name: named, kind: 'organization' };
  // "the company" after a ministry or a university spoke means the business talked about before them.
  const fitting = (event: SpeakerEvent) => isOrganization(event) && nounFitsOrganization(noun, event.name);
  const found = ORGANIZATION_NOUNS.has(noun)
    ? (byName ??
      headedMention(context, offset, noun) ??
      lastEvent(context, offset, (e) => fitting(e) && e.leading) ??
      lastEvent(context, offset, fitting))
    : titledPerson(context, offset, [...qualifiers, noun]);
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

/** "27-year-old", "seven-year-old": a noun that describes a person by age. */
const AGE_DESCRIPTION = /^[\p{L}\d]+-year-old$/u;

/** How close (in characters) an antecedent must be for "the <noun>" to mean it over the release's own. */
const NEAR_ANTECEDENT = 400;

/**
 * "the X Forum will recruit wardens. According to the forum, ...": the organization named just before
 * whose name ends in the noun, also where it was no subject. A noun for a business or a group ("the
 * company", "the group") is left to the subjects: it names more bodies than the one so headed.
 */
function headedMention(context: SpeakerContext, offset: number, noun: string): SpeakerEvent | null {
  if (!nounHeadsNames(noun)) return null;
  const mention = mentionsWithin(context, Math.max(0, offset - NEAR_ANTECEDENT), offset).findLast(
    (candidate) => candidate.kind === 'organization' && candidate.name.toLowerCase().endsWith(` ${noun}`),
  );
  return mention === undefined
    ? null
    : { name: mention.name, kind: mention.kind, offset: mention.start, leading: false };
}

/**
 * Of the organizations named before `offset` with `noun` as a word of their name, the one named most
 * often (on a tie, the one named first: a release names its own organization early); null when none is.
 * A short form in brackets right after the name ("Ministry of Roads (MoR)") is the same naming.
 */
function mostNamedOrganization(context: SpeakerContext, offset: number, noun: string): string | null {
  const counts = new Map<string, number>();
  let previous: SpeakerMention | undefined;
  for (const mention of organizationMentionsByWord(context).get(noun) ?? []) {
    if (mention.start >= offset) break;
    const bracketed =
      previous?.name === mention.name && /^\s*\(\s*$/u.test(context.text.slice(previous.end, mention.start));
    previous = mention;
    if (!bracketed) counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
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

/**
 * The organization mentions of the text by each word of their names, in text order: built once per
 * text, so that each "the ministry" reads only the mentions it may mean, not every mention before it.
 */
function organizationMentionsByWord(context: SpeakerContext): ReadonlyMap<string, readonly SpeakerMention[]> {
  const known = mentionsByWord.get(context);
  if (known) return known;
  const index = new Map<string, SpeakerMention[]>();
  for (const mention of context.mentions) {
    if (mention.kind !== 'organization') continue;
    for (const word of new Set(mention.name.toLowerCase().split(/\s+/u))) {
      const list = index.get(word) ?? [];
      list.push(mention);
      index.set(word, list);
    }
  }
  mentionsByWord.set(context, index);
  return index;
}

const mentionsByWord = new WeakMap<SpeakerContext, ReadonlyMap<string, readonly SpeakerMention[]>>();

function hasTitle(context: SpeakerContext, name: string, noun: string): boolean {
  return context.titles.get(name)?.has(noun) ?? false;
}

/**
 * "the prime minister" after a minister and a prime minister: the latest person whose title has every
 * word of the description, else the latest whose title has its head word (the last).
 */
function titledPerson(
  context: SpeakerContext,
  offset: number,
  words: readonly string[],
): SpeakerEvent | null {
  const head = words[words.length - 1] ?? '';
  const person = (event: SpeakerEvent) => event.kind === 'person';
  if (words.length > 1) {
    const holder = holderOfWholeTitle(context, offset, words);
    if (holder !== null) return { ...holder, offset, leading: false };
  }
  return lastEvent(context, offset, (e) => person(e) && hasTitle(context, e.name, head));
}

/**
 * The person named last before `offset` whose title holds every one of the words ("apv", "president"
 * for "APV President Jo Doe"), or null. The holder of the whole title may be named only as an object
 * ("met Prime Minister Jo Doe"); the look-back is bounded, as the events' is, so a long release costs no
 * scan per description.
 *
 * @example
 * holderOfWholeTitle(context, offset, ['apv', 'president']) // { name: 'Jo Doe', kind: 'person' }
 */
export function holderOfWholeTitle(
  context: SpeakerContext,
  offset: number,
  words: readonly string[],
): Speaker | null {
  const fits = (name: string) => words.every((word) => hasTitle(context, name, word));
  const mention = mentionsWithin(context, Math.max(0, offset - TITLE_HOLDER_REACH), offset).findLast(
    (candidate) => candidate.kind === 'person' && fits(candidate.name),
  );
  return mention === undefined ? null : { name: mention.name, kind: mention.kind };
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
    // "The 27-year-old, who trains ...": a comma closes the description before the word after it.
    if (/[,;:]/u.test(context.text.slice(tokens[first]?.end ?? 0, (head as Token).start))) continue;
    const found = resolveDescription(context, (head as Token).lower, (head as Token).start);
    if (found !== null) return found;
  }
  return null;
}
