import { type Token, tokenize } from '../speech/speech-tokens.ts';
import { resolveDescription, resolvePronounToken } from './speaker-antecedents.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from './speaker-context.ts';
import { DETERMINERS } from './speaker-titles.ts';

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
