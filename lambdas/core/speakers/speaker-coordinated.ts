import { afterDateline } from '../speech/speech-statements.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from './speaker-context.ts';

/**
 * What may stand between two organizations joined as one subject: the first one's description in
 * brackets, then "and" (and the second one's article).
 */
const JOINING = /^\s*(?:\([^()]*\)\s*)?,?\s*and\s+(?:the\s+)?$/u;

/** What may stand between the second one and the verb: its description in brackets, an adverb. */
const BEFORE_VERB = /^\s*(?:\([^()]*\)\s*)?,?\s*(?:today|jointly|also)?\s*$/u;

/** What may open the clause before the first of the two: nothing, or its article. */
const OPENING = /^\s*(?:the\s+)?$/iu;

/**
 * "Kessel Marine Ltd (head office: Tarvel) and the Tarvel Institute today announced ...": the other
 * organization joined by "and" to the subject of a speech verb, at the head of the clause, which makes
 * the statement jointly with it. Null when the subject stands alone or is not an organization.
 *
 * @example
 * coordinatedSpeaker(context, { name: 'Tarvel Institute', kind: 'organization' }, 0, 60) // Kessel Marine Ltd
 */
export function coordinatedSpeaker(
  context: SpeakerContext,
  subject: Speaker,
  clauseStart: number,
  verbStart: number,
): Speaker | null {
  if (subject.kind !== 'organization') return null;
  const { text } = context;
  const opening = afterDateline(text, clauseStart, verbStart);
  const mentions = mentionsWithin(context, opening, verbStart);
  // The subject's own name, not its short form inside its brackets.
  const second = mentions.find(
    (mention) => mention.name === subject.name && BEFORE_VERB.test(text.slice(mention.end, verbStart)),
  );
  if (second === undefined) return null;
  const first = mentions.find((mention) => mention.end <= second.start);
  if (first === undefined || first.kind !== 'organization' || first.name === subject.name) return null;
  if (!OPENING.test(text.slice(opening, first.start)) || !JOINING.test(text.slice(first.end, second.start)))
    return null;
  return { name: first.name, kind: first.kind };
}
