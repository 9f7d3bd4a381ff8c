/** compromise's tags of a word used as a place. */
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];

/**
 * Whether compromise tags the word as a place, and not as a people's adjective.
 *
 * @example
 * isPlaceTagged({ tags: new Set(['Place', 'Country']) }) // true
 */
export function isPlaceTagged(term: { tags: ReadonlySet<string> }): boolean {
  return PLACE_TAGS.some((tag) => term.tags.has(tag)) && !term.tags.has('Demonym');
}
