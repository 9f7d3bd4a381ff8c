import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isCapitalized } from './entity-word-shape.ts';

/**
 * The pairs of capitalized words the text writes inside its sentences ("Harbour Grins" in "volunteers
 * from Harbour Grins Foundation"), keyed "first second": where a sentence opens with the same pair, its
 * first word is part of the name, though it may read as a verb ("Harbour", "Mark", "Visit").
 *
 * @example
 * namePairsInsideSentences(terms).has('Harbour Grins') // true in 'Volunteers from Harbour Grins came.'
 */
export function namePairsInsideSentences(terms: readonly EntityTerm[]): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const term of terms) {
    const next = terms[term.index + 1];
    const previous = terms[term.index - 1];
    if (term.sentenceStart || !next || next.sentence !== term.sentence || term.post !== ' ') continue;
    // Inside a sentence, after a word in lower case: the capital is the name's, not the sentence's.
    if (!previous || !/^\p{Ll}/u.test(previous.text) || previous.post !== ' ') continue;
    if (isCapitalized(term) && /^\p{Lu}\p{Ll}/u.test(term.text) && isCapitalized(next))
      pairs.add(`${term.text} ${next.text}`);
  }
  return pairs;
}

/**
 * Whether the sentence's first word opens a name the text also writes inside a sentence.
 *
 * @example
 * opensNameWrittenInside(terms, 0, pairs) // true in 'Harbour Grins said ...' after 'from Harbour Grins'
 */
export function opensNameWrittenInside(
  terms: readonly EntityTerm[],
  index: number,
  pairs: ReadonlySet<string>,
): boolean {
  const first = terms[index];
  const next = terms[index + 1];
  return (
    first !== undefined && next !== undefined && first.post === ' ' && pairs.has(`${first.text} ${next.text}`)
  );
}

/**
 * "Press Office, City of Tarvel", "Support Office": a first word that reads as a verb but is itself an
 * organization's word, before an organization's head, opens that unit's name.
 *
 * @example
 * opensUnitName(terms, 0) // true in 'Press Office, City of Tarvel'
 */
export function opensUnitName(terms: readonly EntityTerm[], index: number): boolean {
  const first = terms[index];
  const head = terms[index + 1];
  return (
    first !== undefined &&
    head !== undefined &&
    first.post === ' ' &&
    first.tags.has('EntOrgSuffix') &&
    !first.tags.has('EntPlaceSuffix') &&
    UNIT_HEADS.has(head.text)
  );
}

/** Heads of the units of an organization ("Office", "Desk"), not of its publications ("Club News"). */
const UNIT_HEADS = new Set(['Office', 'Unit', 'Section', 'Desk', 'Service', 'Department', 'Bureau']);
