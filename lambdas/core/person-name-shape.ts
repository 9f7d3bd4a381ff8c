import { isLegalForm } from './legal-forms.ts';
import type { EntityTerm } from './nlp/entity-terms.ts';
import { isCommonPluralNoun, isKnownFirstName, isNumberWord } from './nlp/word-classes.ts';
import { isTitleWord } from './person-words.ts';

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

/**
 * A hyphenated word of a person's name or title, which compromise may read as a place when the words
 * around it look like one (a surname ending in a feature word, "-Marsh", "-Field"): a hyphenated title
 * ("Vice-Chancellor", "Director-General"), or a double surname right after a known given name or a
 * title ("Helen Rewi-Marsh", "Professor Lind-Moor"). Such a word pairs no two places ("Russia-Ukraine").
 *
 * @example
 * isPersonalHyphenation(termsOf('Helen Rewi-Marsh'), 1) // true
 * isPersonalHyphenation(termsOf('the Russia-Ukraine'), 1) // false
 */
export function isPersonalHyphenation(terms: readonly EntityTerm[], at: number): boolean {
  const term = terms[at];
  if (!term?.tags.has('Hyphenated')) return false;
  if (term.tags.has('EntTitle')) return true;
  const before = terms[at - 1];
  if (before?.post !== ' ') return false;
  return isKnownFirstName(before.bare) || isTitleWord(before);
}
