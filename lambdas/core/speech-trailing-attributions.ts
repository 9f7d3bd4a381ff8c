import type { QuotedSpan } from './quote-marks.ts';
import { findSpeakerAfterVerb } from './speaker-after-verb.ts';
import { resolvePronounToken } from './speaker-antecedents.ts';
import type { Speaker, SpeakerContext } from './speaker-context.ts';
import { afterDateline, pushStatement, RELATIVES, type ReportedStatement } from './speech-statements.ts';
import { skipTimePhrase } from './speech-time-phrases.ts';
import { type Token, tokenize } from './speech-tokens.ts';
import { isAttributionVerb, type SpeechVerb } from './speech-verbs.ts';
import type { Sentence } from './types.ts';

/**
 * "The plant opens in May, said Jane Doe, its director.": a speech verb right after a comma, with the
 * speaker named after it; the clause before the comma is the statement. A comma that closes a
 * quotation is left to the direct-quote attribution.
 *
 * @example
 * readInverted(context, tokens, i, verb, from, end)?.text // 'The plant opens in May' from '..., said Jane Doe.'
 */
export function readInverted(
  context: SpeakerContext,
  tokens: readonly Token[],
  index: number,
  verb: SpeechVerb,
  clauseFrom: number,
  sentenceEnd: number,
): ReportedStatement | null {
  const previous = tokens[index - 1];
  if (previous === undefined || verb.participle || !isAttributionVerb(verb) || verb.frame === 'tell')
    return null;
  if (!/^\s*,\s*$/u.test(context.text.slice(previous.end, verb.start))) return null;
  // "..., said Jane Doe." names the speaker; "..., said she had ..." is a clause, not an inversion.
  const after = tokenize(context.text, verb.end, Math.min(sentenceEnd, verb.end + 40))[0];
  if (after === undefined || resolvePronounToken(context, after.text, after.start) !== undefined) return null;
  // The speaker phrase is short and ends the clause: no "that", no clause of its own.
  const phraseEnd = context.text.slice(verb.end, Math.min(sentenceEnd, verb.end + 200)).search(/[,;]/u);
  const phrase = tokenize(context.text, verb.end, phraseEnd < 0 ? sentenceEnd : verb.end + phraseEnd);
  if (phrase.length > 8 || phrase.some((token) => RELATIVES.has(token.lower))) return null;
  const speaker = findSpeakerAfterVerb(context, verb.end, Math.min(sentenceEnd, verb.end + 200));
  if (speaker === null) return null;
  const found: ReportedStatement[] = [];
  pushStatement(found, context.text, { speaker, start: clauseFrom }, previous.end);
  return found[0] ?? null;
}

/**
 * "..., he added." / "..., said the minister." at the end of a sentence without quotations: the
 * clause before the comma is the statement.
 *
 * @example
 * readPostposed(context, sentence, tokens, i, verb, speaker, [])?.text // 'Sales rose' from 'Sales rose, he added.'
 */
export function readPostposed(
  context: SpeakerContext,
  sentence: Sentence,
  tokens: readonly Token[],
  index: number,
  verb: SpeechVerb,
  speaker: Speaker,
  quotes: readonly QuotedSpan[],
): ReportedStatement | null {
  if (quotes.length > 0 || !isAttributionVerb(verb)) return null;
  // Only a time phrase may follow the verb ("..., the company said on Tuesday."), or an aside after a
  // comma ("..., she said, most of them first-time visitors.").
  const afterVerb = skipTimePhrase(tokens, index + verb.length);
  const aside = tokens[afterVerb];
  const verbEnd = tokens[afterVerb - 1]?.end ?? verb.end;
  if (aside !== undefined && !/^\s*,/u.test(context.text.slice(verbEnd, aside.start))) return null;
  const reach = Math.max(sentence.start, verb.start - 120);
  const comma = context.text.slice(reach, verb.start).lastIndexOf(',');
  if (comma < 0 || reach + comma <= sentence.start) return null;
  const statement = { speaker, start: afterDateline(context.text, sentence.start, verb.start) };
  const found: ReportedStatement[] = [];
  pushStatement(found, context.text, statement, reach + comma);
  // "The plan, she said, was ready.": a short subject before a parenthetical "she said" is no clause.
  if (aside !== undefined && tokenize(found[0]?.text ?? '').length < 4) return null;
  return found[0] ?? null;
}
