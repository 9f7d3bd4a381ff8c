import type { QuotedSpan } from '../quotes/quote-marks.ts';
import { isTermQuote } from '../quotes/quote-modifiers.ts';
import { findSpeakerAfterVerb } from '../speakers/speaker-after-verb.ts';
import { resolvePronounToken } from '../speakers/speaker-antecedents.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from '../speakers/speaker-context.ts';
import type { Sentence } from '../types.ts';
import { afterDateline, pushStatement, RELATIVES, type ReportedStatement } from './speech-statements.ts';
import { skipTimePhrase } from './speech-time-phrases.ts';
import { type Token, tokenize } from './speech-tokens.ts';
import { isAttributionVerb, type SpeechVerb } from './speech-verbs.ts';

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
  // A term in quotation marks ("the "zero waste" pledge") is the writer's words, no quotation.
  if (quotes.some((quote) => !isTermQuote(context.text, quote)) || !isAttributionVerb(verb)) return null;
  // Only a time phrase may follow the verb ("..., the company said on Tuesday."), a phrase for where
  // it was said that ends the sentence ("..., the ministry said in a statement."), or an aside after a
  // comma ("..., she said, most of them first-time visitors.").
  const afterVerb = skipChannelPhrase(context.text, tokens, skipTimePhrase(tokens, index + verb.length));
  const aside = tokens[afterVerb];
  const verbEnd = tokens[afterVerb - 1]?.end ?? verb.end;
  if (aside !== undefined && !/^\s*,/u.test(context.text.slice(verbEnd, aside.start))) return null;
  const cut = commaBeforeSubject(context, sentence, verb.start);
  if (cut === null) return null;
  const statement = { speaker, start: afterDateline(context.text, sentence.start, verb.start) };
  const found: ReportedStatement[] = [];
  pushStatement(found, context.text, statement, cut);
  // "The plan, she said, was ready.": a short subject before a parenthetical "she said" is no clause.
  if (aside !== undefined && tokenize(found[0]?.text ?? '').length < 4) return null;
  return found[0] ?? null;
}

/** How far before a postposed verb the comma that ends the statement is looked for. */
const SUBJECT_COMMA_REACH = 160;

/**
 * The comma that ends the statement before a postposed "..., <subject> said": the last one before the
 * verb, or, when that comma falls inside a name ("the Ministry of Energy, Water and Mines said"), the
 * one before the name. Null when the comma would open the sentence.
 */
function commaBeforeSubject(context: SpeakerContext, sentence: Sentence, verbStart: number): number | null {
  const reach = Math.max(sentence.start, verbStart - SUBJECT_COMMA_REACH);
  const before = context.text.slice(reach, verbStart);
  let comma = before.lastIndexOf(',');
  const name = mentionsWithin(context, reach, verbStart).find(
    (mention) => mention.start < reach + comma && mention.end > reach + comma,
  );
  if (name !== undefined) comma = before.lastIndexOf(',', name.start - reach);
  return comma < 0 || reach + comma <= sentence.start ? null : reach + comma;
}

/** Prepositions that open a phrase for where or how something was said ("in a statement"). */
const CHANNEL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through']);
/** Words a phrase for where something was said may run to. */
const CHANNEL_WORDS = 7;
/** Nouns for where or how something was said: the phrase must hold one ("in a statement"). */
const CHANNEL_NOUNS = new Set([
  'statement',
  'statements',
  'release',
  'communique',
  'communiqué',
  'bulletin',
  'interview',
  'briefing',
  'conference',
  'website',
  'post',
  'speech',
  'address',
  'remarks',
  'message',
  'letter',
  'email',
  'video',
  'report',
  'newsletter',
  'notice',
  'announcement',
]);

/**
 * The index after a short phrase for where something was said that ends the sentence ("in a
 * statement", "on its website", "at a news conference in Lima"), or `from` when none follows. The
 * phrase names a channel, ends at the sentence's end or a comma, and holds no clause of its own ("in
 * a statement that ..."); a phrase of place ("reported in the north") is none.
 *
 * @example
 * skipChannelPhrase(text, tokenize('said in a statement.'), 1) // 4, past the last token
 */
export function skipChannelPhrase(text: string, tokens: readonly Token[], from: number): number {
  const first = tokens[from];
  if (first === undefined || !CHANNEL_PREPOSITIONS.has(first.lower)) return from;
  // The phrase ends at the sentence's end or at a comma before an aside (", adding that ...").
  let end = from + 1;
  while (end < tokens.length && end <= from + CHANNEL_WORDS) {
    const previous = tokens[end - 1] as Token;
    const token = tokens[end] as Token;
    if (text.slice(previous.end, token.start).includes(',')) break;
    end++;
  }
  if (end > from + CHANNEL_WORDS) return from;
  const phrase = tokens.slice(from, end);
  if (phrase.some((token) => RELATIVES.has(token.lower))) return from;
  return phrase.some((token) => CHANNEL_NOUNS.has(token.lower)) ? end : from;
}
