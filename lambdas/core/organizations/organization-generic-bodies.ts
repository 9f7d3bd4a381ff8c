import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';

/** Small words between the heads of a generic body's name ("Board of Trustees of the Foundation"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * "the Board of Trustees of the Foundation", "the Council of the Academy": a name made of nothing but
 * the head nouns of organizations, two or more, names no one body; it is an organ of a body the text
 * names elsewhere, told by its kind. A title's office ("Office of the Governor") is a name.
 *
 * @example
 * isGenericBody(context, rangeOf('Board of Trustees of the Foundation')) // true
 * isGenericBody(context, rangeOf('Board of Trustees of the Tarvo Foundation')) // false
 */
export function isGenericBody(context: EntityContext, range: TermRange): boolean {
  const words = rangeTerms(context, range).filter((term) => !CONNECTORS.has(term.text));
  return words.length >= 2 && words.every((term) => term.tags.has('EntOrgSuffix') && !term.tags.has('Place'));
}
