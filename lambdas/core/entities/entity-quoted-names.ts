import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isSpelledLegalForm } from './legal-forms.ts';
import { CLOSING_MARK } from './name-quote-marks.ts';
import { makeSpan, type NameSpan } from './name-span.ts';

/**
 * "Limited Liability Company "Tarn Energo"", "the Kessel Trade School "Ana Orvo"": a legal form written
 * out in words, or a body's head, is followed by the body's own name in quotation marks; the marks cut
 * the name in two. Joins the two runs when the quoted words close right after the head's run, in the same
 * sentence, and name no event ("Company "Harvest Days"" is the company's festival, not its name).
 *
 * @example
 * joinQuotedNames(terms, spans, text) // ['Limited Liability Company "Tarn Energo"'] from two spans
 */
export function joinQuotedNames(terms: readonly EntityTerm[], spans: NameSpan[], text: string): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && namesBodyInQuotes(terms, previous, span, text))
      joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
    else joined.push(span);
  }
  return joined;
}

function namesBodyInQuotes(
  terms: readonly EntityTerm[],
  head: NameSpan,
  name: NameSpan,
  text: string,
): boolean {
  const headWords = terms.slice(head.from, head.to + 1);
  const nameWords = terms.slice(name.from, name.to + 1);
  const last = headWords[headWords.length - 1];
  const first = nameWords[0];
  const final = nameWords[nameWords.length - 1];
  if (!last || !first || !final || first.sentence !== last.sentence) return false;
  if (!/^\s[“"«„]$/.test(text.slice(head.end, name.start)) || !CLOSING_MARK.test(final.post)) return false;
  if (nameWords.length > 4 || nameWords.some((term) => term.tags.has('EntEventWord'))) return false;
  // "the Tarvel Youth Club "Open Doors" project": quoted words before a noun name that noun's thing.
  const after = terms[name.to + 1];
  const qualifies = after !== undefined && (after.tags.has('Noun') || after.tags.has('Infinitive'));
  if (qualifies && after.sentence === final.sentence && /^\p{Ll}/u.test(after.text)) return false;
  const spelled = isSpelledLegalForm(headWords.map((term) => term.text));
  const headed = headWords.length >= 2 && last.tags.has('EntOrgSuffix') && !last.tags.has('EntPlaceSuffix');
  return spelled || headed;
}
