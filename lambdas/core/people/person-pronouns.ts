import type { EntityContext, TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';

/** Pronouns that stand for a person, not for an organization or a thing. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);

/** Pronouns that stand for an organization, a thing or a group. */
const OTHER_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them', 'we', 'our']);

/** Prepositions that place a person by where they come from or work ("from Techiman", "in Wa"). */
const ORIGIN_PREPOSITIONS = new Set(['from', 'in', 'at']);

/** How many words after the name the pronoun may stand. */
const REACH = 30;

/**
 * "Aigul Serikova, a beekeeper from the region, said her cooperative had ...": a name of two words or
 * more that opens its sentence, taken up later in the same sentence by "he"/"she"/"his"/"her" before
 * any "it"/"its"/"they", with no other name between (places aside), is a person's: an organization is
 * taken up by "it"/"its".
 *
 * @example
 * isTakenUpAsPerson(context, rangeOf('Aigul Serikova')) // true in the sentence above
 */
export function isTakenUpAsPerson(context: EntityContext, range: TermRange): boolean {
  const first = context.terms[range.from];
  if (!first?.sentenceStart || range.to === range.from) return false;
  // "a farmer from Techiman": the capitals after a preposition of origin place the person, whatever the
  // lexicon knows of them.
  let placed = false;
  for (let index = range.to + 1; index <= range.to + REACH; index++) {
    const term = context.terms[index];
    if (!term || term.sentence !== first.sentence) return false;
    const word = term.text.toLowerCase();
    if (PERSONAL_PRONOUNS.has(word)) return true;
    if (OTHER_PRONOUNS.has(word)) return false;
    const capitalized = isCapitalized(term);
    if (capitalized && !term.tags.has('Place') && !placed) return false;
    placed = capitalized ? placed : ORIGIN_PREPOSITIONS.has(word) || (placed && word === 'the');
  }
  return false;
}
