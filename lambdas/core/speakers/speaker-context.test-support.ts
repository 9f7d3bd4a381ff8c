import type { Entities, Sentence } from '../types.ts';
import { createSpeakerContext, type SpeakerContext } from './speaker-context.ts';
import { collectSpeakerMentions } from './speaker-mentions.ts';

/** Entities made by hand: the speaker modules are tested apart from the entity extractor. */
export function entitiesNamed(people: readonly string[], organizations: readonly string[] = []): Entities {
  return {
    people: people.map((name) => ({ name, aliases: [] })),
    organizations: organizations.map((name) => ({ name, aliases: [] })),
    locations: [],
    mentions: [],
  };
}

/** Sentences cut at a full stop, question or exclamation mark followed by a space. */
function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]\s/gu)) {
    sentences.push({ start, end: match.index + 1, text: text.slice(start, match.index + 1), paragraph: 0 });
    start = match.index + 2;
  }
  if (start < text.length) sentences.push({ start, end: text.length, text: text.slice(start), paragraph: 0 });
  return sentences;
}

/** The speaker context of `text` with the given entities, as quote extraction builds it. */
export function contextOf(text: string, entities: Entities): SpeakerContext {
  const quoted = [...text.matchAll(/"[^"]*"/gu)].map(
    (match) => [match.index, match.index + match[0].length] as const,
  );
  return createSpeakerContext(
    text,
    collectSpeakerMentions(text, entities),
    entities,
    sentencesOf(text),
    quoted,
  );
}
