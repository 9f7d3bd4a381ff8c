import type { QuotedSpan } from '../quotes/quote-marks.ts';
import {
  lowerCaseDescription,
  resolveDescription,
  resolvePronounToken,
} from '../speakers/speaker-antecedents.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from '../speakers/speaker-context.ts';
import type { Sentence } from '../types.ts';
import { quoteClosingBefore } from './speech-quote-ends.ts';
import { isCapitalized, type Token, tokenize } from './speech-tokens.ts';
import type { SpeechVerb } from './speech-verbs.ts';

/**
 * When the verb continues the subject's earlier clause (", adding that", "and called for", ", and
 * urged", "but noted"), the offset where the earlier clause's text ends; null for a verb with its own subject.
 *
 * @example
 * chainBoundary(text, tokens, indexOf('adding'), verb, quotes) // the end of 'noted that costs fell'
 */
export function chainBoundary(
  text: string,
  tokens: readonly Token[],
  index: number,
  verb: SpeechVerb,
  quotes: readonly QuotedSpan[],
): number | null {
  const previous = tokens[index - 1];
  if (previous === undefined) return null;
  if (previous.lower === 'and' || previous.lower === 'but') {
    // 'said it was "a beacon" and added ...': the earlier clause ends with the quotation.
    return quoteClosingBefore(text, quotes, previous.start) ?? tokens[index - 2]?.end ?? null;
  }
  const gap = text.slice(previous.end, verb.start);
  if (verb.participle && /^[^\p{L}\p{N}]*,\s*$/u.test(gap)) return previous.end;
  return null;
}

/**
 * The subject of the sentence for a verb chained to a clause that had no speech verb of its own.
 *
 * @example
 * sentenceSubject(context, sentence, verbStart) // Jane Doe in 'Jane Doe opened the plant, saying ...'
 */
export function sentenceSubject(
  context: SpeakerContext,
  sentence: Sentence,
  verbStart: number,
): Speaker | null {
  // The subject opens the sentence: looking at its first few hundred characters is enough.
  const before = Math.min(verbStart, sentence.start + 300);
  const tokens = tokenize(context.text, sentence.start, before);
  const described = describedSentenceSubject(context, tokens);
  if (described !== null) return described;
  const firstMention = mentionsWithin(context, sentence.start, before);
  const person = firstMention.find((mention) => mention.kind === 'person');
  for (const token of tokens.slice(0, 8)) {
    if (person !== undefined && token.start >= person.start) break;
    const pronoun = resolvePronounToken(context, token.text, token.start);
    if (pronoun !== undefined) return pronoun;
  }
  const chosen = person ?? firstMention[0];
  return chosen === undefined ? null : { name: chosen.name, kind: chosen.kind };
}

/**
 * "The author thanked the hosts.": the person a sentence opened by a description of a person stands
 * for, who a "she" in the next sentence means; null when the sentence opens otherwise.
 *
 * @example
 * describedPersonOpening(context, sentence) // the person titled author in 'The author thanked ...'
 */
export function describedPersonOpening(context: SpeakerContext, sentence: Sentence): Speaker | null {
  const tokens = tokenize(context.text, sentence.start, Math.min(sentence.end, sentence.start + 80));
  if (tokens[0]?.lower !== 'the') return null;
  const described = describedSentenceSubject(context, tokens);
  return described?.kind === 'person' ? described : null;
}

/**
 * "The Speaker ruled ..., saying ...": a sentence opened by "the" and a capitalized title, then a
 * lower-case verb; the person with that title (or the organization that noun names).
 */
function describedSentenceSubject(context: SpeakerContext, tokens: readonly Token[]): Speaker | null {
  // The subject opens the sentence, or follows a short lead phrase and its comma ("On Tuesday, the ...").
  let first = 0;
  for (let i = 1; i < 6 && tokens[0]?.lower !== 'the'; i++) {
    const token = tokens[i];
    if (token === undefined) return null;
    if (token.lower === 'the' && context.text.slice(tokens[i - 1]?.end ?? 0, token.start).includes(',')) {
      first = i;
      break;
    }
  }
  if (tokens[first]?.lower !== 'the') return null;
  let last = first;
  while (last < first + 3 && tokens[last + 1] !== undefined && isCapitalized(tokens[last + 1]?.text ?? ''))
    last++;
  const head = tokens[last];
  const next = tokens[last + 1];
  if (last === first) return lowerCaseDescription(context, tokens, first);
  if (head === undefined || next === undefined || next.text !== next.lower) return null;
  return resolveDescription(context, head.lower, head.start);
}
