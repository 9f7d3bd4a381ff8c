import { isLegalForm } from './legal-forms.ts';
import type { EntityTerm } from './nlp/entity-terms.ts';
import { isCommonPluralNoun, isKnownFirstName, isNumberWord } from './nlp/word-classes.ts';

/**
 * "Khurel Falcons", "Steppe Seven", "Nordvik Bygg AB": a team or a company, not a person. A person's
 * name does not end in a legal form, a number written out, or the plural of a common noun (unless a
 * known given name opens it, "Ana Fields", or a title stands before it, `afterTitle`).
 *
 * @example
 * endsLikeGroupName(termsOf('Khurel Falcons')) // true; endsLikeGroupName(termsOf('Ana Fields')) // false
 */
export function endsLikeGroupName(terms: readonly EntityTerm[], afterTitle = false): boolean {
  const first = terms[0];
  const last = terms[terms.length - 1];
  if (!first || !last || terms.length < 2) return false;
  if (isLegalForm(last.bare)) return true;
  if (isNumberWord(last.bare)) return true;
  // "Minister Thabo Banks": a title before the words makes a surname of the plural.
  const givenName = afterTitle || first.tags.has('FirstName') || isKnownFirstName(first.bare);
  return !givenName && !last.possessive && isCommonPluralNoun(last.bare);
}
