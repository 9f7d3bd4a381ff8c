import type { EntityTerm } from '../nlp/entity-terms.ts';
import { breaksName } from './entity-name-breaks.ts';

/** Epithets a ruler or a saint is known by after "the" ("Alfred the Great", "Casimir the Restorer"). */
const EPITHETS = new Set([
  'Great',
  'Elder',
  'Younger',
  'Wise',
  'Bold',
  'Brave',
  'Just',
  'Pious',
  'Good',
  'Conqueror',
  'Navigator',
  'Liberator',
  'Restorer',
  'Confessor',
  'Lawgiver',
  'Magnificent',
]);

/**
 * "Casimir the Great Square", "Ivo the Elder Bridge": a name, "the" and an epithet are one name, and the
 * words after them go on with it (a place named after the ruler). True when the term after `last` is
 * "the" and the one after that an epithet.
 *
 * @example
 * isEpithetAfter(terms, indexOf('Casimir')) // true in 'in Casimir the Great Square'
 */
export function isEpithetAfter(terms: readonly EntityTerm[], last: number): boolean {
  const current = terms[last];
  const article = terms[last + 1];
  const epithet = terms[last + 2];
  if (!current || !article || !epithet || article.text !== 'the' || !EPITHETS.has(epithet.text)) return false;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(current.text) &&
    !current.possessive &&
    current.post === ' ' &&
    article.post === ' ' &&
    !breaksName(current, article)
  );
}
