import type { Quote } from '../../model/press-record.ts';
import { indexVerbs } from '../nlp/speech-clauses.ts';
import type { ParsedRelease } from '../nlp/world.ts';
import { createSpeakerContext, noteSpeaker, type Speaker } from '../speakers/speaker-context.ts';
import { collectSpeakerMentions } from '../speakers/speaker-mentions.ts';
import { describedPersonOpening } from '../speech/speech-chains.ts';
import { findReportedSpeech, type QuoteIntroduction, type SourceMemory } from '../speech/speech-indirect.ts';
import { restatesQuotation } from '../speech/speech-statements.ts';
import type { Entities, ReleaseText, Sentence } from '../types.ts';
import { attributeQuote } from './quote-attribution.ts';
import { findQuotedSpans, type QuotedSpan } from './quote-marks.ts';

interface Found {
  readonly quote: Quote;
  readonly start: number;
}

/**
 * Direct and reported speech, each attributed to a listed person or organization. Quotations in any
 * style (straight, curly, guillemets, single curly marks, interrupted by "he said"; a quotation over
 * several paragraphs gives one quote per paragraph) and reported speech after speech verbs, "saying",
 * "told X that" or "according to". Speakers are resolved by rule over the entity mentions: aliases and
 * surnames to the canonical name, "he"/"she" to the nearest preceding subject, "the minister" (or a title
 * set off by commas before a name) to the person with that title, "a <org> spokesperson" and short forms
 * ("the Assembly", first words of a name) to the organization. Statements whose speaker cannot be resolved are
 * left out, as are titles of works, themes, slogans and scare quotes.
 *
 * @example
 * const release = prepareText('"We are ready," said Jane Doe. She noted that the venue is open.');
 * const entities = { organizations: [], locations: [], mentions: [], people: [{ name: 'Jane Doe', aliases: [] }] };
 * extractQuotes(release, parseRelease(release.text), entities)
 * // [{ speaker: 'Jane Doe', text: 'We are ready', type: 'direct' },
 * //  { speaker: 'Jane Doe', text: 'the venue is open', type: 'indirect' }]
 */
export function extractQuotes(release: ReleaseText, parsed: ParsedRelease, entities: Entities): Quote[] {
  const spans = findQuotedSpans(release);
  const quotedRanges = spans.map((span) => [span.openAt, span.closeAt ?? lastPieceEnd(span)] as const);
  const mentions = collectSpeakerMentions(release.text, entities);
  const context = createSpeakerContext(release.text, mentions, entities, release.sentences, quotedRanges);
  const memory: SourceMemory = { byNoun: new Map() };
  const verbs = indexVerbs(parsed, release.text);
  const introductions: QuoteIntroduction[] = [];
  const found: Found[] = [];
  const lastSpeakerOfParagraph = new Map<number, Speaker>();
  const lastQuoteSpeakerOfParagraph = new Map<number, Speaker>();
  // The speaker of the latest sentence that reported anything, and where that sentence ends.
  let lastReported: { speaker: Speaker; paragraph: number; end: number } | null = null;
  let spanIndex = 0;
  let firstOverlapping = 0;

  for (const sentence of release.sentences) {
    // Sentences and spans are both in text order: one sweep finds the spans each sentence overlaps.
    while (firstOverlapping < spans.length && spanEnd(spans[firstOverlapping]) < sentence.start)
      firstOverlapping++;
    const inSentence: QuotedSpan[] = [];
    for (let i = firstOverlapping; i < spans.length; i++) {
      const span = spans[i] as QuotedSpan;
      if (span.openAt >= sentence.end) break;
      if (spanEnd(span) >= sentence.start) inSentence.push(span);
    }
    // "The author thanked the hosts. She said ...": a described person who opens a sentence is its subject.
    const described = describedPersonOpening(context, sentence);
    if (described !== null) noteSpeaker(context, described, sentence.start);
    const speech = findReportedSpeech(context, sentence, inSentence, memory, verbs);
    introductions.push(...speech.introductions);
    // A statement that only restates a quotation still vouches for its speaker, but is no quote of its own.
    const events: Array<{ speaker: Speaker; start: number; quote: Quote }> = speech.statements
      .filter((statement) => !restatesQuotation(statement.text))
      .map((statement) => ({
        speaker: statement.speaker,
        start: statement.start,
        quote: { speaker: statement.speaker.name, text: statement.text, type: 'indirect' },
      }));
    // Statements first: a pronoun in this sentence's quote attribution may point back to them.
    for (const statement of speech.statements) noteSpeaker(context, statement.speaker, statement.start);
    while (
      spanIndex < spans.length &&
      (spans[spanIndex]?.openAt ?? Number.POSITIVE_INFINITY) < sentence.end
    ) {
      const span = spans[spanIndex] as QuotedSpan;
      const attributed = attributeQuote(span, {
        context,
        openSentence: sentence,
        closeSentence: sentenceAt(release.sentences, span.closeAt ?? span.openAt) ?? sentence,
        previous: spans[spanIndex - 1],
        next: spans[spanIndex + 1],
        introductions,
        statements: speech.statements,
        paragraphSpeaker: lastQuoteSpeakerOfParagraph.get(span.firstParagraph) ?? null,
        previousParagraphSpeaker: lastSpeakerOfParagraph.get(span.firstParagraph - 1) ?? null,
        previousSentenceSpeaker: speakerRightBefore(release.text, lastReported, sentence),
        opensParagraph: release.paragraphs[span.firstParagraph]?.start === span.openAt,
      });
      spanIndex++;
      if (attributed === null) continue;
      noteSpeaker(context, attributed.speaker, attributed.start);
      lastQuoteSpeakerOfParagraph.set(span.firstParagraph, attributed.speaker);
      lastSpeakerOfParagraph.set(span.lastParagraph, attributed.speaker);
      for (const text of attributed.texts) {
        events.push({
          speaker: attributed.speaker,
          start: attributed.start,
          quote: { speaker: attributed.speaker.name, text, type: 'direct' },
        });
      }
    }
    for (const event of events.sort((a, b) => a.start - b.start)) {
      lastSpeakerOfParagraph.set(sentence.paragraph, event.speaker);
      lastReported = { speaker: event.speaker, paragraph: sentence.paragraph, end: sentence.end };
      found.push({ quote: event.quote, start: event.start });
    }
  }
  return dedupe(found.sort((a, b) => a.start - b.start).map((entry) => entry.quote));
}

/** The speaker of the sentence right before `sentence` in its paragraph, when that sentence reported speech. */
function speakerRightBefore(
  text: string,
  reported: { speaker: Speaker; paragraph: number; end: number } | null,
  sentence: Sentence,
): Speaker | null {
  if (reported === null || reported.paragraph !== sentence.paragraph || reported.end > sentence.start)
    return null;
  return text.slice(reported.end, sentence.start).trim() === '' ? reported.speaker : null;
}

function lastPieceEnd(span: QuotedSpan): number {
  return span.pieces[span.pieces.length - 1]?.end ?? span.openAt;
}

function spanEnd(span: QuotedSpan | undefined): number {
  return span === undefined ? Number.POSITIVE_INFINITY : (span.closeAt ?? lastPieceEnd(span));
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid];
    if (sentence === undefined) break;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return sentence;
  }
  return undefined;
}

function dedupe(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    const key = `${quote.type}\u0000${quote.speaker}\u0000${quote.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
