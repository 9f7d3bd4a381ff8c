import { type EntityContext, rangeTerms, type TermRange, termBefore } from '../entities/entity-context.ts';

/**
 * The place that opens the release: "RIGA, June 18 --", "VISAKHAPATNAM:", "Fremont, CA (".
 *
 * @example
 * isDateline(context, rangeOf('RIGA')) // true in "RIGA, June 18 -- The forum opened"
 */
export function isDateline(context: EntityContext, range: TermRange): boolean {
  const first = context.terms[range.from];
  const last = context.terms[range.to];
  if (!first || !last || first.start > 200) return false;
  const lineStart = context.text.lastIndexOf('\n', first.start - 1) + 1;
  const beforeOnLine = context.text.slice(lineStart, first.start);
  const previous = termBefore(context, range);
  const afterShoutedPlace =
    previous !== undefined && previous.post.trim() === ',' && isShoutedWord(previous.text);
  // "**RIGA, Latvia** —": Markdown's emphasis marks around the dateline are no words.
  const opensLine = /^[\s*_]*$/.test(beforeOnLine) || /[–—-]\s*$/.test(beforeOnLine) || afterShoutedPlace;
  const closed = /^[*_]*\s*(?:[,:(]|[–—-]\s)/.test(last.post);
  const shouted = rangeTerms(context, range).every((term) => term.text === term.text.toUpperCase());
  const stateCode = afterShoutedPlace && /^\p{Lu}{2}$/u.test(first.text);
  // A name in ordinary case opens a dateline only when a date follows ("Fremont, CA (Wire) Monday Jul 1").
  const dated = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{4}\b/i.test(
    context.text.slice(last.end, last.end + 60),
  );
  // "ABUJA, Nigeria —": the country after a shouted city, closed by the dateline's dash.
  const countryOfCity = afterShoutedPlace && /^[*_]*\s*[–—-]\s/.test(last.post);
  return (
    opensLine &&
    closed &&
    !stateCode &&
    (shouted || countryOfCity || (/^[,(]/.test(last.post.trim()) && dated))
  );
}

function isShoutedWord(text: string): boolean {
  return text.length >= 3 && text === text.toUpperCase();
}

/**
 * "AUSTIN, TX": the state's postal code after a dateline city is part of the city's mention.
 *
 * @example
 * isStateCode(context, rangeOf('TX')) // true in "AUSTIN, TX (Wire) --"
 */
export function isStateCode(context: EntityContext, range: TermRange): boolean {
  const first = context.terms[range.from];
  const previous = termBefore(context, range);
  if (!first || !previous || range.from !== range.to || first.start > 200) return false;
  return /^\p{Lu}{2}$/u.test(first.text) && previous.post.trim() === ',' && /^\p{Lu}/u.test(previous.text);
}
