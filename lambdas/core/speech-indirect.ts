import type { VerbIndex } from './nlp/speech-clauses.ts';
import type { QuotedSpan } from './quote-marks.ts';
import { findSpeakerAfterVerb } from './speaker-after-verb.ts';
import { lowerCaseDescription, resolveDescription, resolvePronounToken } from './speaker-antecedents.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from './speaker-context.ts';
import { findSubject } from './speaker-subjects.ts';
import { readAccordingTo, type SourceMemory } from './speech-according-to.ts';
import { speechLeadStart } from './speech-leads.ts';
import { firstQuoteFrom, predicateAfterQuote, quoteClosingBefore } from './speech-quote-ends.ts';
import { mainVerbAfterRelative, reportsInsideRelative } from './speech-relatives.ts';
import {
  afterDateline,
  type OpenStatement,
  pushStatement,
  RELATIVES,
  type ReportedStatement,
} from './speech-statements.ts';
import { skipTimePhrase } from './speech-time-phrases.ts';
import { isCapitalized, type Token, tokenize } from './speech-tokens.ts';
import { clauseTurnBefore } from './speech-turns.ts';
import { isAttributionVerb, matchSpeechVerb, type SpeechVerb } from './speech-verbs.ts';
import type { Sentence } from './types.ts';

export type { ReportedStatement } from './speech-statements.ts';

/** A speech verb whose complement is a direct quote ("Doe said: "...""): the quote's speaker. */
export interface QuoteIntroduction {
  readonly speaker: Speaker;
  /** Where the verb ends; the quote it introduces opens after it. */
  readonly at: number;
}

export interface SentenceSpeech {
  readonly statements: ReportedStatement[];
  readonly introductions: QuoteIntroduction[];
}

export type { SourceMemory } from './speech-according-to.ts';

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
 * Finds the reported speech of one sentence: a speech verb after a named or resolvable subject with
 * its complement ("noted that ...", "said the plan ...", "called for ...", "urged X to ...", "expressed
 * readiness ..."), verbs chained to the same subject (", adding that ...", "... and called for ..."),
 * "according to X" on either side of a clause, and a postposed "..., he added." The text of a statement
 * runs to the sentence end or to the next chained verb. Verbs inside quotation marks are not read;
 * verbs that introduce a quotation are returned as introductions for the direct-quote attribution.
 *
 * @example
 * // 'Jane Doe noted that costs fell, adding that sales rose.' →
 * // statements: [{ Jane Doe, 'costs fell' }, { Jane Doe, 'sales rose' }]
 */
export function findReportedSpeech(
  context: SpeakerContext,
  sentence: Sentence,
  quotes: readonly QuotedSpan[],
  memory: SourceMemory,
  verbs: VerbIndex,
): SentenceSpeech {
  const { text } = context;
  const inQuotes = quotes.filter(
    (q) => q.openAt < sentence.end && (q.closeAt ?? sentence.end) >= sentence.start,
  );
  const tokens = outsideQuotes(tokenize(text, sentence.start, sentence.end), inQuotes);
  const statements: ReportedStatement[] = [];
  const introductions: QuoteIntroduction[] = [];
  let open: OpenStatement | null = null;
  // The speaker of the sentence's last speech verb: a participle chained to a verb that introduced a
  // quotation ("...," she said, adding that ...) speaks for that verb's subject, not the sentence's.
  let verbSpeaker: Speaker | null = null;
  // Where the clause an "according to" qualifies may start: after the previous source phrase.
  let clauseFrom = sentence.start;
  // The speaker of an open statement that sits in a relative aside after the subject (", who declared").
  let aside: Speaker | null = null;
  const close = (end: number) => {
    if (open !== null) pushStatement(statements, text, open, end);
    open = null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const source = readAccordingTo(context, sentence, tokens, i, clauseFrom, memory);
      if (source !== null) {
        clauseFrom = source.phraseEnd;
        const qualifiesOpen = open !== null;
        close(source.clauseCut);
        if (!qualifiesOpen) statements.push(...source.statements);
        i = source.resumeAt;
      }
      continue;
    }
    // '... was "the best bridge" and thanked the hosts': the quoted words end the reported clause.
    const predicateCut = open === null ? null : predicateAfterQuote(text, tokens, i, inQuotes, verbs);
    if (predicateCut !== null) {
      close(predicateCut);
      continue;
    }
    const verb = matchSpeechVerb(tokens, i);
    if (verb === null || verb.frame === 'name' || reportsInsideRelative(text, tokens, i)) continue;
    const chain = chainBoundary(text, tokens, i, verb, inQuotes);
    // "Doe was quoted as saying ...", "Doe went on to say ...": the subject stands before the lead.
    const lead = chain === null ? speechLeadStart(tokens, i) : null;
    if (verb.participle && chain === null && lead === null) continue;
    // "Doe, who declared the fair open, said ...": the aside about the subject is no statement; the
    // verb after it is the sentence's own, with the aside's subject.
    const afterAside: boolean =
      open !== null && aside !== null && chain === null && afterComma(text, tokens, i);
    if (afterAside) open = null;
    if (open !== null && chain === null) {
      // "..., while Roe noted that ...": another subject's statement ends the open one.
      const turn = clauseTurnBefore(text, tokens, i);
      if (turn === null) continue;
      close(turn);
    }
    const openSpeaker: Speaker | null = (open as OpenStatement | null)?.speaker ?? null;
    if (chain !== null) close(chain);
    const speaker: Speaker | null =
      chain !== null
        ? (openSpeaker ??
          verbSpeaker ??
          statements[statements.length - 1]?.speaker ??
          sentenceSubject(context, sentence, verb.start))
        : afterAside
          ? aside
          : findSubject(context, clauseStart(sentence, inQuotes, verb.start), lead ?? verb.start);
    aside = inRelativeAside(text, tokens, i) ? speaker : null;
    if (speaker === null) {
      const inverted = readInverted(context, tokens, i, verb, clauseFrom, sentence.end);
      if (inverted !== null) {
        statements.push(inverted);
        verbSpeaker = inverted.speaker;
        clauseFrom = verb.end;
      }
      continue;
    }
    verbSpeaker = speaker;
    const complement = complementStart(text, tokens, i, verb, verbs, sentence.end);
    if (complement === 'quote') {
      introductions.push({ speaker, at: verb.end });
      continue;
    }
    if (complement === null) {
      // "said in a statement: "..."": a short phrase, then the quotation.
      const introduced = quoteIntroducedAfter(text, verb.end, sentence.end, inQuotes, ':,');
      if (introduced !== null) introductions.push({ speaker, at: introduced });
      const postposed = readPostposed(context, sentence, tokens, i, verb, speaker, inQuotes);
      if (introduced === null && postposed !== null) statements.push(postposed);
      continue;
    }
    const introducesQuote = quoteIntroducedAfter(text, complement, sentence.end, inQuotes, ':');
    if (introducesQuote !== null) {
      introductions.push({ speaker, at: introducesQuote });
      continue;
    }
    open = { speaker, start: complement };
    i += verb.length - 1;
  }
  close(sentence.end);
  return { statements, introductions };
}

/** The tokens outside quotation marks (quotes in text order, so one sweep suffices). */
function outsideQuotes(tokens: readonly Token[], quotes: readonly QuotedSpan[]): Token[] {
  const kept: Token[] = [];
  let q = 0;
  for (const token of tokens) {
    while (q < quotes.length && quoteEnd(quotes[q]) < token.start) q++;
    const quote = quotes[q];
    if (quote === undefined || token.end <= quote.openAt || token.start > quoteEnd(quote)) kept.push(token);
  }
  return kept;
}

function quoteEnd(quote: QuotedSpan | undefined): number {
  if (quote === undefined) return Number.POSITIVE_INFINITY;
  return quote.closeAt ?? quote.pieces[quote.pieces.length - 1]?.end ?? quote.openAt;
}

/** Where the clause holding a main verb starts: after the last quotation that closes before it. */
function clauseStart(sentence: Sentence, quotes: readonly QuotedSpan[], verbStart: number): number {
  const before = quotes[firstQuoteFrom(quotes, verbStart) - 1];
  const close = before?.closeAt;
  return close !== null && close !== undefined && close + 1 > sentence.start && close < verbStart
    ? close + 1
    : sentence.start;
}

/**
 * "Jane Doe, who declared the fair open, said ...": a verb right after ", who" belongs to an aside
 * about the subject; the sentence's own verb follows the aside.
 */
function inRelativeAside(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const before = tokens[index - 2];
  if (previous?.lower !== 'who' || before === undefined) return false;
  return /^\s*,\s*$/u.test(text.slice(before.end, previous.start));
}

function afterComma(text: string, tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  return (
    previous !== undefined && current !== undefined && /,\s*$/u.test(text.slice(previous.end, current.start))
  );
}

/**
 * When the verb continues the subject's earlier clause (", adding that", "and called for", ", and
 * urged", "but noted"), the offset where the earlier clause's text ends; null for a verb with its own subject.
 */
function chainBoundary(
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

/** The subject of the sentence for a verb chained to a clause that had no speech verb of its own. */
function sentenceSubject(context: SpeakerContext, sentence: Sentence, verbStart: number): Speaker | null {
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

/**
 * Where the reported content starts after the verb, 'quote' when the verb introduces a quotation, or
 * null when no content follows (a postposed verb, or "said in a statement" without a clause).
 */
function complementStart(
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
  if (verb.frame === 'urge' || verb.frame === 'call-for' || verb.frame === 'express') return next.start;
  if (next.lower === 'that') return next.end;
  if (verb.frame === 'attribute') return null;
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

/**
 * When the words from `from` to the next quotation are a short phrase ending in one of `marks` ("in a
 * statement:", "his hope for the fair:"), the offset of that mark: the verb introduces the quotation.
 */
function quoteIntroducedAfter(
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

/**
 * "The plant opens in May, said Jane Doe, its director.": a speech verb right after a comma, with the
 * speaker named after it; the clause before the comma is the statement. A comma that closes a
 * quotation is left to the direct-quote attribution.
 */
function readInverted(
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
 */
function readPostposed(
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
