import type { EntityTerm } from '../nlp/entity-terms.ts';

/** Marks that open a name in quotation marks, and those that close one. */
export const OPENING_MARK = /["“«„]$/;
export const CLOSING_MARK = /^["”»“]/;

/**
 * The length of the closing quotation mark that ends a name whose last words were opened by one inside
 * it ("Kessu Mills Company "Orvo Grain""): 1 when the name holds an opening mark after its first word and
 * its last word is followed by a closing one, else 0.
 *
 * @example
 * closingMarkLength(terms.slice(0, 4)) // 1 for 'Joint Stock Company "Tarn Energo"'
 */
export function closingMarkLength(terms: readonly EntityTerm[]): number {
  const last = terms[terms.length - 1];
  if (!last || !CLOSING_MARK.test(last.post)) return 0;
  return terms.slice(1).some((term) => OPENING_MARK.test(term.pre)) ? 1 : 0;
}

/**
 * Where a name in quotation marks opens inside the terms (after the head that carries it, as in
 * "Company "Tarn Energo""), or -1.
 *
 * @example
 * quotedNameStart(termsOf('Joint Stock Company "Tarn Energo"')) // 3
 */
export function quotedNameStart(terms: readonly EntityTerm[]): number {
  return terms.findIndex((term, index) => index > 0 && OPENING_MARK.test(term.pre));
}
