import type { EntityTerm } from '../nlp/entity-terms.ts';
import { lexiconTag } from '../nlp/entity-terms.ts';

/** compromise's tags of the places its gazetteer knows by name, not from the words around them. */
const GAZETTEER_TAGS = ['EntLexPlace', 'Country', 'City', 'Region'];

/**
 * Whether the gazetteer knows the word as a place, alone or as part of a longer name ("Ontario",
 * "Lumpur" of "Kuala Lumpur"), and not only because compromise read it so from its neighbours.
 *
 * @example
 * isGazetteerPlaceWord(termOf('Ontario')) // true; isGazetteerPlaceWord(termOf('Rivers')) // false
 */
export function isGazetteerPlaceWord(term: EntityTerm): boolean {
  return GAZETTEER_TAGS.some((tag) => term.tags.has(tag));
}

/**
 * Whether the gazetteer knows the words together as one place's name ("El Salvador", "Sri Lanka"),
 * however compromise tagged them one by one in the sentence ("Salvador" as a given name).
 *
 * @example
 * isGazetteerPlaceName(['El', 'Salvador']) // true; isGazetteerPlaceName(['Nora', 'Field']) // false
 */
export function isGazetteerPlaceName(words: readonly string[]): boolean {
  const tag = words.length >= 2 ? lexiconTag(words.join(' ')) : undefined;
  return tag !== undefined && GAZETTEER_TAGS.includes(tag);
}

/**
 * "Stars" in "Kisumu Bay Stars": a capitalized word compromise calls a place only because a known
 * place stands beside it, and no place's head or opener ("Coast", "Lake").
 */
function isBorrowedPlaceWord(term: EntityTerm): boolean {
  if (!term.tags.has('Place') || isGazetteerPlaceWord(term)) return false;
  return !['EntPlaceSuffix', 'EntPlaceOpener', 'EntPlaceHead'].some((tag) => term.tags.has(tag));
}

/**
 * Whether a known place sits inside a longer name as one of its words: a word made a place only by
 * its neighbours written before the known place ("Clean Lakes Ontario"), or after a place's head that
 * already closed the place ("Kisumu Bay Stars"). A name that goes on after the known place without a
 * head between ("Northern Kessu Ice Field") may still be the place's own name. `isOpener` says which
 * words open a place's name before it ("Greater Manchester").
 *
 * @example
 * holdsPlaceInName(termsOf('Clean Lakes Ontario'), isDirection) // true
 */
export function holdsPlaceInName(
  terms: readonly EntityTerm[],
  isOpener: (term: EntityTerm) => boolean,
): boolean {
  const known = terms.findIndex(isGazetteerPlaceWord);
  if (known < 0) return false;
  const before = terms.slice(0, known);
  if (before.some((term) => isBorrowedPlaceWord(term) && !isOpener(term))) return true;
  const head = terms.findIndex((term, index) => index > known && term.tags.has('EntPlaceSuffix'));
  return head > 0 && terms.slice(head + 1).some(isBorrowedPlaceWord);
}

/**
 * "Antarctica Norway": two countries the gazetteer knows, written side by side with no word between,
 * are no one place ("Papua New Guinea" is one entry of the gazetteer, so it stays whole).
 *
 * @example
 * joinsTwoCountries(['Antarctica', 'New', 'Zealand']) // true; joinsTwoCountries(['Papua', 'New', 'Guinea']) // false
 */
export function joinsTwoCountries(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 5 || lexiconTag(words.join(' ')) !== undefined) return false;
  for (let cut = 1; cut < words.length; cut++) {
    const country = (part: readonly string[]) => lexiconTag(part.join(' ')) === 'Country';
    if (country(words.slice(0, cut)) && country(words.slice(cut))) return true;
  }
  return false;
}
