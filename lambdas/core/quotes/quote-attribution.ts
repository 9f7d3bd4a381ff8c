import { findSpeakerAfterVerb } from '../speakers/speaker-after-verb.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from '../speakers/speaker-context.ts';
import { findSubject } from '../speakers/speaker-subjects.ts';
import type { QuoteIntroduction, ReportedStatement } from '../speech/speech-indirect.ts';
import { tokenize } from '../speech/speech-tokens.ts';
import { isAttributionVerb, matchSpeechVerb } from '../speech/speech-verbs.ts';
import type { Sentence } from '../types.ts';
import { type QuotedSpan, quotedParts, quotedText } from './quote-marks.ts';
import { isTermQuote } from './quote-modifiers.ts';
import { looksLikeTitle } from './quote-titles.ts';

/** How many characters around a quote its attribution may take ("said Jane Doe, CEO of ..."). */
const REACH = 300;
/** How many words after a quote its attribution verb may come ("," Jane Doe, CEO of X, said"). */
const AFTER_TOKENS = 20;

/** What the attribution of one quotation may look at around it. */
export interface QuoteScene {
  readonly context: SpeakerContext;
  /** The sentence the opening mark sits in, and the one the closing mark sits in. */
  readonly openSentence: Sentence;
  readonly closeSentence: Sentence;
  /** The quotation before and after this one in the text, if any. */
  readonly previous: QuotedSpan | undefined;
  readonly next: QuotedSpan | undefined;
  /** Verbs seen so far that introduce a quotation ("said:", "adding,"), in text order. */
  readonly introductions: readonly QuoteIntroduction[];
  /** Reported statements of the sentence the quote opens in. */
  readonly statements: readonly ReportedStatement[];
  /** The speaker of the latest attributed quotation in the same paragraph, if it precedes this one. */
  readonly paragraphSpeaker: Speaker | null;
  /** The speaker of the last statement of the previous paragraph (for a paragraph that is a quote). */
  readonly previousParagraphSpeaker: Speaker | null;
  /** The speaker of the sentence right before the quote's, in its paragraph, when it reported speech. */
  readonly previousSentenceSpeaker: Speaker | null;
  /** True when the quotation opens its paragraph. */
  readonly opensParagraph: boolean;
}

export interface AttributedQuote {
  readonly speaker: Speaker;
  /** The quoted words, one part per paragraph the quotation covers. */
  readonly texts: readonly string[];
  readonly start: number;
}

/**
 * Attributes one quotation, or returns null for a title, a slogan, a scare quote or an unattributable
 * quote. The speaker comes from, in order: the words after the closing mark (", said Jane Doe, CEO",
 * "," Doe said", "," he said"); a verb before the opening mark ("Doe said: "...", ", adding, "..."");
 * "X called a "..."" for a coined phrase; the reported statement a quoted fragment sits in; the previous
 * quotation of the paragraph (the second half of an interrupted quote); the last speaker of the previous
 * paragraph when the paragraph is just a quotation.
 *
 * @example
 * // '"We are ready," said Jane Doe, the director. "The plan works."' → two quotes by Jane Doe
 */
export function attributeQuote(quote: QuotedSpan, scene: QuoteScene): AttributedQuote | null {
  const { context } = scene;
  const text = quotedText(quote);
  if (tokenize(text).length === 0) return null;
  const windowStart = beforeWindowStart(quote, scene);
  const before = context.text.slice(windowStart, quote.openAt);
  const named = speakerNamingPhrase(context, windowStart, quote.openAt);
  const texts = quotedParts(quote);
  if (named !== null) return looksLikeTitle(text, '') ? null : { speaker: named, texts, start: quote.openAt };
  if (looksLikeTitle(text, before) || isTermQuote(context.text, quote)) return null;
  const speaker =
    speakerAfter(quote, scene) ??
    speakerIntroducing(quote, scene, windowStart) ??
    speakerBeforeColon(context, windowStart, quote.openAt) ??
    speakerOfSurroundingStatement(quote, scene) ??
    speakerOfDirective(quote, scene, windowStart) ??
    inheritedSpeaker(quote, scene, before);
  return speaker === null ? null : { speaker, texts, start: quote.openAt };
}

/** Where the words before the quote that may introduce it start: its sentence, after any earlier quote. */
function beforeWindowStart(quote: QuotedSpan, scene: QuoteScene): number {
  const previousClose = scene.previous?.closeAt;
  const start = Math.max(scene.openSentence.start, quote.openAt - REACH);
  return previousClose !== null && previousClose !== undefined && previousClose >= start
    ? previousClose + 1
    : start;
}

/**
 * The speaker named after the closing mark: ", said Jane Doe, director of X." / "," Doe said." / ","
 * said the president." / "," according to Doe." / "" — Jane Doe, CEO".
 */
function speakerAfter(quote: QuotedSpan, scene: QuoteScene): Speaker | null {
  const { context } = scene;
  if (quote.closeAt === null) return null;
  const from = quote.closeAt + 1;
  const nextOpen = scene.next?.openAt ?? Number.POSITIVE_INFINITY;
  const to = Math.min(scene.closeSentence.end, nextOpen, from + REACH);
  const after = context.text.slice(from, to);
  const dash = /^[\s,]*[\u2014\u2013-]+\s*/u.exec(after);
  if (dash !== null) return speakerNamedAt(context, from + dash[0].length, to);
  if (!/^[\s,.!?]*\p{L}/u.test(after)) return null;
  const tokens = tokenize(context.text, from, to);
  if (tokens[0]?.lower === 'according' && tokens[1]?.lower === 'to') {
    return findSpeakerAfterVerb(context, tokens[1].end, to);
  }
  const first = matchSpeechVerb(tokens, 0);
  if (first !== null && isAttributionVerb(first)) return findSpeakerAfterVerb(context, first.end, to);
  for (let i = 1; i < tokens.length && i <= AFTER_TOKENS; i++) {
    const verb = matchSpeechVerb(tokens, i);
    if (verb !== null && isAttributionVerb(verb) && !verb.participle)
      return findSubject(context, from, verb.start);
  }
  return null;
}

/** A mention that starts right at `at` (a name after a dash, or before a colon). */
function speakerNamedAt(context: SpeakerContext, at: number, to: number): Speaker | null {
  const [mention] = mentionsWithin(context, at, Math.min(to, at + 1));
  return mention === undefined ? null : { name: mention.name, kind: mention.kind };
}

/** "Jane Doe: "..."": a name, a colon, the quotation (interview and statement style). */
function speakerBeforeColon(context: SpeakerContext, windowStart: number, openAt: number): Speaker | null {
  const before = context.text.slice(windowStart, openAt).trimEnd();
  if (!before.endsWith(':')) return null;
  const colon = windowStart + before.length - 1;
  const mentions = mentionsWithin(context, windowStart, colon);
  const last = mentions[mentions.length - 1];
  return last !== undefined && last.end === colon ? { name: last.name, kind: last.kind } : null;
}

/** The speaker of a verb before the quote that introduces it ("Doe said:", "He stated,", ", adding,"). */
function speakerIntroducing(quote: QuotedSpan, scene: QuoteScene, windowStart: number): Speaker | null {
  const introduction = lastIntroductionBefore(scene.introductions, quote.openAt);
  if (introduction === undefined || quote.openAt - introduction.at > REACH) return null;
  if (!scene.opensParagraph && introduction.at < windowStart) return null;
  const between = scene.context.text.slice(introduction.at, quote.openAt);
  // Only a comma or a colon (or words ending in a colon), maybe a paragraph break, lead to the quote.
  const leads =
    /^[\s,:]*$/u.test(between) || (!/["\u201C\u00AB\u201E]/u.test(between) && /:\s*$/u.test(between));
  return leads ? introduction.speaker : null;
}

function lastIntroductionBefore(
  introductions: readonly QuoteIntroduction[],
  offset: number,
): QuoteIntroduction | undefined {
  let low = 0;
  let high = introductions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((introductions[mid]?.at ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return introductions[low - 1];
}

/** "what Zhao called a "silent aesthetics"": a coined phrase the subject named. */
function speakerNamingPhrase(context: SpeakerContext, windowStart: number, openAt: number): Speaker | null {
  const tokens = tokenize(context.text, windowStart, openAt);
  let last = tokens.length - 1;
  if (['a', 'an', 'the', 'it', 'this', 'them', 'as'].includes(tokens[last]?.lower ?? '')) last--;
  const verb = matchSpeechVerb(tokens, last);
  if (verb === null || verb.frame !== 'name' || !/^[\s\p{L}]*$/u.test(context.text.slice(verb.end, openAt)))
    return null;
  return findSubject(context, windowStart, verb.start);
}

/** A quoted fragment inside reported speech belongs to its speaker ("noted that it is "a beacon"."). */
function speakerOfSurroundingStatement(quote: QuotedSpan, scene: QuoteScene): Speaker | null {
  const around = scene.statements.find(
    (statement) => statement.start <= quote.openAt && quote.openAt < statement.end,
  );
  return around?.speaker ?? null;
}

/** Verbs of advice or request whose subject's own words a closing quotation may give. */
const DIRECTIVE_VERB =
  /\b(?:advised|advises|told|tells|asked|asks|reminded|reminds|encouraged|encourages|urged|urges|invited|invites|challenged|challenges|instructed|instructs)\b/giu;

/**
 * 'He advised the students to travel widely and "eat everything at least once."': a quotation that
 * closes a sentence whose verb gives advice or a request speaks for that verb's subject, even though
 * the advice alone reports no statement.
 */
function speakerOfDirective(quote: QuotedSpan, scene: QuoteScene, windowStart: number): Speaker | null {
  const { context } = scene;
  if (quote.closeAt === null || quote.closeAt >= scene.openSentence.end) return null;
  if (!/^[\s.!?”"’»]*$/u.test(context.text.slice(quote.closeAt + 1, scene.openSentence.end))) return null;
  const before = context.text.slice(windowStart, quote.openAt);
  const verb = [...before.matchAll(DIRECTIVE_VERB)].pop();
  if (verb === undefined) return null;
  const speaker = findSubject(context, windowStart, windowStart + verb.index);
  return speaker?.kind === 'person' ? speaker : null;
}

/**
 * A quotation with no verb of its own: the second half of an interrupted quote takes the paragraph's
 * previous speaker; a paragraph that is just a quotation takes the last speaker of the paragraph before.
 * A fragment in the middle of a sentence inherits nothing (it is a term or a scare quote).
 */
function inheritedSpeaker(quote: QuotedSpan, scene: QuoteScene, before: string): Speaker | null {
  const fragment = before.trim() !== '' && !/[:,\u2014\u2013-]$/u.test(before.trim());
  if (fragment) return null;
  if (scene.paragraphSpeaker !== null) return scene.paragraphSpeaker;
  const long = tokenize(quotedText(quote)).length >= 4;
  if (scene.opensParagraph && long) return scene.previousParagraphSpeaker;
  // "Jane Doe said that the plant had cost more. "Patients wait less now."": a quotation that is a
  // sentence of its own goes on for whoever reported speech in the sentence before it.
  if (long && before.trim() === '' && closesItsSentence(quote, scene)) return scene.previousSentenceSpeaker;
  return null;
}

/** Only punctuation stands between the closing mark and the end of the quote's sentence. */
function closesItsSentence(quote: QuotedSpan, scene: QuoteScene): boolean {
  if (quote.closeAt === null || quote.closeAt >= scene.closeSentence.end) return false;
  return /^[\s.!?”"’»]*$/u.test(scene.context.text.slice(quote.closeAt + 1, scene.closeSentence.end));
}
