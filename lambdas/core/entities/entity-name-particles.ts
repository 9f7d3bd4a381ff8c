import { type EntityTerm, lexiconTag } from '../nlp/entity-terms.ts';
import { isCapitalized } from './entity-word-shape.ts';

/** Lexicon tags a short word may carry and still be no English word in a name ("ya" read as "you"). */
const FOREIGN_READINGS = new Set(['Expression']);

/**
 * "Pula ya Kgosi Trust", "Lefa wa Batho Foundation": a short word in lower case that English does not
 * know, between capitalized words, joins one name when the words after it end in an organization's head
 * (a particle of the name's own language); the run goes on to the word after it. "Kessel in Tarvel
 * Trust" has an English word between.
 *
 * @example
 * particleJoinsName(terms, 0) // true in 'Pula ya Kgosi Trust'
 */
export function particleJoinsName(terms: readonly EntityTerm[], last: number): boolean {
  const current = terms[last];
  const particle = terms[last + 1];
  if (!current || !particle || !isCapitalized(current) || current.post !== ' ' || particle.post !== ' ')
    return false;
  if (!/^\p{Ll}{1,3}$/u.test(particle.text)) return false;
  const reading = lexiconTag(particle.text);
  if (reading !== undefined && !FOREIGN_READINGS.has(reading)) return false;
  let end = last + 2;
  while (terms[end] && isCapitalized(terms[end] as EntityTerm) && terms[end]?.post === ' ') {
    if (!terms[end + 1] || !isCapitalized(terms[end + 1] as EntityTerm)) break;
    end++;
  }
  const head = terms[end];
  return (
    end > last + 1 &&
    head !== undefined &&
    isCapitalized(head) &&
    head.tags.has('EntOrgSuffix') &&
    !head.tags.has('EntPlaceSuffix')
  );
}
