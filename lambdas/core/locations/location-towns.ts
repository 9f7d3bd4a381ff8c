import { type EntityContext, rangeTerms, type TermRange, termBefore } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { isListedCityName } from '../nlp/city-names.ts';

/**
 * Whether the words, all capitalized, are the whole name of a town GeoNames lists ("Sokodé", "Tsuruoka",
 * "KUMANOVO" in a dateline). compromise knows countries and large cities; the towns a release
 * is about are often smaller. A run that heads an organization or names a person's title holds more
 * than the town, so it never matches as a whole; nor does the end of a title's or an organization's
 * "X of Y" name cut at "of" ("Deputy Head of Mission"); a person "of" a town is placed by it.
 *
 * @example
 * isListedTown(context, rangeOf('Sokodé')) // true in "talks in Sokodé"
 */
export function isListedTown(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  if (terms.length === 0 || terms.length > 3 || !terms.every(isCapitalized)) return false;
  const of = termBefore(context, range);
  const owner = termBefore(context, range, 2);
  const heads =
    owner !== undefined && ['EntTitle', 'EntOrgSuffix', 'Honorific'].some((tag) => owner.tags.has(tag));
  if (of?.text === 'of' && owner !== undefined && isCapitalized(owner) && heads) return false;
  const name = context.text.slice(terms[0]?.start, terms[terms.length - 1]?.end);
  return isListedCityName(name.replace(/['’]s$/u, ''));
}
