import type { VerbIndex } from '../nlp/speech-clauses.ts';
import type { QuotedSpan } from '../quotes/quote-marks.ts';
import { firstQuoteFrom } from './speech-quote-ends.ts';
import { mainVerbAfterRelative } from './speech-relatives.ts';
import { RELATIVES } from './speech-statements.ts';
import { skipTimePhrase } from './speech-time-phrases.ts';
import type { Token } from './speech-tokens.ts';
import { matchSpeechVerb, type SpeechVerb } from './speech-verbs.ts';

const OPENING_MARK = /^[\s,:]*["\u201C\u00AB\u201E\u2018']/u;
const PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'to',
  'with',
  'while',
  'when',
  'for',
  'of',
  'about',
  'from',
  'through',
  'via',
  'under',
  'by',
  'as',
  'later',
]);
/** Words "said" takes as its object in set phrases, never the start of a reported clause. */
const SAID_OBJECTS = new Set(['thanks', 'goodbye', 'farewell', 'hello', 'grace']);
/** How far into a bare complement of "said" a verb must show up for it to be a clause. */
const CLAUSE_REACH = 160;

/**
 * Where the reported content starts after the verb, 'quote' when the verb introduces a quotation, or
 * null when no content follows (a postposed verb, or "said in a statement" without a clause).
 *
 * @example
 * complementStart(text, tokens, i, verb, verbs, end) // where 'costs fell' starts in 'said that costs fell'
 */
export function complementStart(
  text: string,
  tokens: readonly Token[],
  index: number,
  verb: SpeechVerb,
  verbs: VerbIndex,
  sentenceEnd: number,
): number | 'quote' | null {
  if (OPENING_MARK.test(text.slice(verb.end, verb.end + 6))) return 'quote';
  // "said on Monday that ...", "said Tuesday the plant ...": a time phrase stands before the content.
  const nextIndex = skipTimePhrase(tokens, index + verb.length);
  const next = tokens[nextIndex];
  if (next === undefined) return null;
  // "called on the minister at his office": without a "to" clause, a call on someone is a visit.
  if (isCallOn(tokens, index, verb) && !hasInfinitiveWithin(tokens, nextIndex, sentenceEnd)) return null;
  if (verb.frame === 'urge' || verb.frame === 'call-for' || verb.frame === 'express') return next.start;
  if (next.lower === 'that') return next.end;
  if (verb.frame === 'attribute' || isCreditGiven(tokens, index, nextIndex)) return null;
  const between = text.slice(verb.end, next.start);
  const approximateNumber = /^\d/u.test(tokens[nextIndex + 1]?.text ?? '');
  const preposition = PREPOSITIONS.has(next.lower) && !(next.lower === 'about' && approximateNumber);
  if (verb.frame === 'tell' || preposition || /[,;:]/u.test(between)) {
    // "said in a statement on Tuesday that ...": the clause starts after the nearby "that".
    for (let j = index + verb.length; j < tokens.length && j < index + verb.length + 12; j++) {
      const candidate = tokens[j];
      if (candidate?.lower === 'that') return candidate.end;
      if (candidate !== undefined && matchSpeechVerb(tokens, j) !== null) break;
    }
    // "pledged to support ...": an infinitive is the content itself.
    return verb.frame === 'state' && next.lower === 'to' && !/[,;:]/u.test(between) ? next.start : null;
  }
  // "said the survey will be repeated" reports a clause; "said goodbye to the crew" and "added solar
  // panels that ..." report nothing: the clause's verb comes before any relative pronoun.
  if (verb.frame === 'say') {
    // "said thanks to", "said goodbye": a set phrase, whatever follows it.
    if (SAID_OBJECTS.has(next.lower)) return null;
    const reach = Math.min(sentenceEnd, next.start + CLAUSE_REACH);
    let clauseEnd = reach;
    let relative: number | null = null;
    for (let j = nextIndex; j < tokens.length && (tokens[j]?.start ?? reach) < reach; j++) {
      const token = tokens[j] as Token;
      if (RELATIVES.has(token.lower)) {
        clauseEnd = token.start;
        relative = j;
        break;
      }
    }
    // "said merchants who trade there had asked ...": the clause's verb comes after a relative clause.
    const clauseAfterRelative = relative !== null && mainVerbAfterRelative(text, tokens, relative, verbs);
    if (!verbs.hasVerbWithin(next.start, clauseEnd) && !clauseAfterRelative) return null;
  }
  return next.start;
}

/** What a body or a person is thanked for: "acknowledged the support of ..." reports no statement. */
const CREDITED_NOUNS = new Set([
  'support',
  'help',
  'assistance',
  'contribution',
  'contributions',
  'generosity',
  'hospitality',
  'sponsorship',
  'efforts',
  'cooperation',
  'partnership',
  'dedication',
]);

/**
 * "The club acknowledged the support of Tarvel Council": "acknowledge" with what someone gave as its
 * object (after "the", "its" or "their") gives thanks, as "thanked" does, and reports nothing said.
 */
function isCreditGiven(tokens: readonly Token[], index: number, nextIndex: number): boolean {
  if (!tokens[index]?.lower.startsWith('acknowledg')) return false;
  const determiner = tokens[nextIndex]?.lower ?? '';
  const noun = tokens[nextIndex + 1]?.lower ?? '';
  return ['the', 'its', 'their', 'his', 'her'].includes(determiner) && CREDITED_NOUNS.has(noun);
}

/** How many words after "called on" its "to" clause may start ("called on the two sides to ..."). */
const URGE_REACH = 14;

function isCallOn(tokens: readonly Token[], index: number, verb: SpeechVerb): boolean {
  return verb.frame === 'urge' && verb.length === 2 && tokens[index]?.lower.startsWith('call') === true;
}

/** Whether a "to" comes within URGE_REACH words of `from`, before the sentence ends. */
function hasInfinitiveWithin(tokens: readonly Token[], from: number, sentenceEnd: number): boolean {
  for (let j = from; j < tokens.length && j < from + URGE_REACH; j++) {
    const token = tokens[j] as Token;
    if (token.start >= sentenceEnd) return false;
    if (token.lower === 'to') return true;
  }
  return false;
}

/**
 * When the words from `from` to the next quotation are a short phrase ending in one of `marks` ("in a
 * statement:", "his hope for the fair:"), the offset of that mark: the verb introduces the quotation.
 *
 * @example
 * quoteIntroducedAfter(text, verbEnd, end, quotes, ':') // the colon of 'said in a statement: "..."'
 */
export function quoteIntroducedAfter(
  text: string,
  from: number,
  sentenceEnd: number,
  quotes: readonly QuotedSpan[],
  marks: string,
): number | null {
  const quote = quotes[firstQuoteFrom(quotes, from)];
  if (quote === undefined || quote.openAt >= sentenceEnd || quote.openAt - from > 160) return null;
  const before = text.slice(from, quote.openAt).trimEnd();
  const last = before[before.length - 1] ?? '';
  return marks.includes(last) && !/[.!?]/u.test(before) ? from + before.length - 1 : null;
}
