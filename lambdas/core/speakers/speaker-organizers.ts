import type { Speaker, SpeakerContext } from './speaker-context.ts';

/** Nouns for whoever runs an event: they name a body only where the text says which one organized it. */
const ORGANIZER_NOUNS = new Set(['organisers', 'organizers', 'organiser', 'organizer']);

/** "organized by the Harbour Trust": the phrase right before an organizer's name. */
const ORGANIZED_BY = /\borgani[sz]ed\s+by\s+(?:the\s+)?$/iu;
/** "the Harbour Trust organized ...", "the Harbour Trust, the organizer, ...": an organizer named first. */
const ORGANIZES = /^\s*(?:organi[sz]e[sd]\b|,\s*(?:the|its)\s+organi[sz]ers?\b)/iu;

/** True for "organisers", "organizer" and their spellings. */
export function isOrganizerNoun(noun: string): boolean {
  return ORGANIZER_NOUNS.has(noun);
}

/**
 * "according to the organizers": the organization the text named, before `offset`, as the one that
 * organized the event ("organized by X", "X organized ..."), the latest such; null when it named none,
 * for a body merely mentioned before is no organizer.
 *
 * @example
 * // 'The fair, organized by the Harbour Trust, drew crowds, according to the organizers.'
 * namedOrganizer(context, offsetOf('the organizers')) // { name: 'Harbour Trust', kind: 'organization' }
 */
export function namedOrganizer(context: SpeakerContext, offset: number): Speaker | null {
  const { text, mentions } = context;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention === undefined || mention.start >= offset || mention.kind !== 'organization') continue;
    const before = text.slice(Math.max(0, mention.start - 30), mention.start);
    const after = text.slice(mention.end, mention.end + 30);
    if (ORGANIZED_BY.test(before) || ORGANIZES.test(after)) return { name: mention.name, kind: mention.kind };
  }
  return null;
}
