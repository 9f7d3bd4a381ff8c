import { type EntityContext, rangeTerms, type TermRange, termAfter } from '../entities/entity-context.ts';

/**
 * "EUR 1.8 million", "KES 40,000": three capitals right before an amount are a currency's code, no
 * organization. A year after the capitals ("the IMF 2024 report") leaves them a name.
 *
 * @example
 * isCurrencyCode(context, rangeOf('EUR')) // true in 'funded with EUR 1.8 million'
 */
export function isCurrencyCode(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const code = terms[0];
  const amount = termAfter(context, range);
  return (
    terms.length === 1 &&
    code !== undefined &&
    /^\p{Lu}{3}$/u.test(code.text) &&
    code.post === ' ' &&
    amount !== undefined &&
    /^\d[\d,.]*$/.test(amount.text) &&
    !/^(?:19|20)\d\d$/.test(amount.text)
  );
}
