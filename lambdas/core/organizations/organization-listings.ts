import { type EntityContext, type TermRange, termBefore } from '../entities/entity-context.ts';

/** An exchange: a code in capitals ("NASDAQ", "TSX"), or two capitalized words ("Euronext Paris"). */
const EXCHANGE = '(?:[A-Z]{2,10}|[A-Z][a-z]{2,10} [A-Z][a-z]{2,12})';
/** A ticker: capitals and digits ("ACME", "BRK.B", "0700"). */
const TICKER = '[A-Z0-9][A-Z0-9.-]{0,9}';
const LISTED = `${EXCHANGE}\\s?:\\s?${TICKER}`;

/**
 * A stock listing in parentheses: an exchange and a ticker, one or more ("(NASDAQ: ACME)", "(NYSE:
 * ACM; TSX: ACM)", "(Euronext Paris: ACM)"). "(Age: 45)" and "(Source: ...)" are no exchange.
 * Bounded repeats keep it linear.
 */
const LISTING = new RegExp(`^\\s?\\(\\s?${LISTED}(?:\\s?[;,]\\s?${LISTED}){0,3}\\s?\\)`);

/**
 * "Acme Analytics (NASDAQ: ACME) today announced": a name followed by its stock listing names a
 * company, whatever its words; wire releases write the listing after the issuer's first mention.
 *
 * @example
 * isListedCompany(context, rangeOf('Acme Analytics')) // true before "(NASDAQ: ACME)"
 */
export function isListedCompany(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (!last) return false;
  return LISTING.test(context.text.slice(last.end, last.end + 80));
}

/** Participles that put shares on an exchange ("listed on", "traded on"). */
const LISTING_VERBS = new Set(['listed', 'traded', 'quoted']);

/**
 * "shares are listed on Tarvel Exchange", "traded on the Orvo Stock Market": the name shares are listed
 * on is an exchange, an organization, though its words name a city.
 *
 * @example
 * isExchangeListing(context, rangeOf('Nordbourse Tarvel')) // true in 'listed on Nordbourse Tarvel'
 */
export function isExchangeListing(context: EntityContext, range: TermRange): boolean {
  const article = termBefore(context, range)?.text.toLowerCase() === 'the' ? 1 : 0;
  const on = termBefore(context, range, 1 + article);
  const verb = termBefore(context, range, 2 + article);
  return on?.text === 'on' && LISTING_VERBS.has(verb?.text.toLowerCase() ?? '');
}
