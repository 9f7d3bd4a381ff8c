import type { VerbIndex } from '../nlp/speech-clauses.ts';
import { insideBrackets } from '../quotes/quote-brackets.ts';
import type { QuotedSpan } from '../quotes/quote-marks.ts';
import type { Speaker, SpeakerContext } from '../speakers/speaker-context.ts';
import { coordinatedSpeaker } from '../speakers/speaker-coordinated.ts';
import { findSubject } from '../speakers/speaker-subjects.ts';
import type { Sentence } from '../types.ts';
import { readAccordingTo, type SourceMemory } from './speech-according-to.ts';
import { chainBoundary, sentenceSubject } from './speech-chains.ts';
import { complementStart, quoteIntroducedAfter } from './speech-complements.ts';
import { speechLeadStart } from './speech-leads.ts';
import { firstQuoteFrom, predicateAfterQuote } from './speech-quote-ends.ts';
import { reportsForCommonNoun, reportsInsideRelative } from './speech-relatives.ts';
import { type OpenStatement, pushStatement, type ReportedStatement } from './speech-statements.ts';
import { type Token, tokenize } from './speech-tokens.ts';
import { readInverted, readPostposed } from './speech-trailing-attributions.ts';
import { clauseTurnBefore } from './speech-turns.ts';
import { matchSpeechVerb } from './speech-verbs.ts';

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
    if (reportsForCommonNoun(text, tokens, i)) continue;
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
          : findSubject(context, clauseStart(text, sentence, inQuotes, verb.start), lead ?? verb.start);
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
    // "Acme and the Tarvel Institute announced ...": a joint statement is each one's. The names open the
    // sentence; a short form defined in quotes inside their brackets opens no clause.
    const partner: Speaker | null =
      chain === null ? coordinatedSpeaker(context, speaker, sentence.start, verb.start) : null;
    open = partner === null ? { speaker, start: complement } : { speaker, start: complement, partner };
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

/**
 * Where the clause holding a main verb starts: after the last quotation that closes before it. A
 * short form defined in quotes inside brackets ("Acme Ltd ("Acme") said") closes no clause.
 */
function clauseStart(
  text: string,
  sentence: Sentence,
  quotes: readonly QuotedSpan[],
  verbStart: number,
): number {
  let index = firstQuoteFrom(quotes, verbStart) - 1;
  while (index >= 0 && insideBrackets(text, quotes[index] as QuotedSpan)) index--;
  const before = quotes[index];
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
