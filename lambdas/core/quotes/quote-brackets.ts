import type { QuotedSpan } from './quote-marks.ts';

/** How far a bracket may open before a quotation, or close after it ("(“Acme” or “the company”)"). */
const BRACKET_REACH = 60;

/**
 * True when a closed quotation sits inside round brackets: a short form defined after a name
 * ("Acme Holdings plc (“Acme” or “the company”)", "Tern Ltd ("Tern")"). Such a quotation names the
 * subject; it closes no clause before the verb that follows the brackets.
 *
 * @example
 * const text = 'Tern Ltd ("Tern") said it grew.';
 * insideBrackets(text, { openAt: 10, closeAt: 15, ... }) // true
 */
export function insideBrackets(text: string, quote: QuotedSpan): boolean {
  const close = quote.closeAt;
  if (close === null) return false;
  const before = text.slice(Math.max(0, quote.openAt - BRACKET_REACH), quote.openAt);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return false;
  const after = text.slice(close + 1, close + 1 + BRACKET_REACH);
  const end = after.indexOf(')');
  return end >= 0 && !after.slice(0, end).includes('(');
}
