import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { hasOrganizationHead } from '../organizations/organization-heads.ts';

/** A feature's head written after its name ("Tarvo Sea", "Kessu Bay"). */
function isFeatureHead(term: EntityTerm | undefined): boolean {
  return term !== undefined && isCapitalized(term) && term.tags.has('EntPlaceHead');
}

/** "Strait of Kessu", "Lake Marvo", "Orvala Gulf": a feature's whole name, its head before or after. */
function namesFeature(terms: readonly EntityTerm[]): boolean {
  const [first, second, third] = terms;
  if (first === undefined || second === undefined) return false;
  if (isFeatureHead(first) && second.text === 'of') return third !== undefined && isCapitalized(third);
  if (first.tags.has('EntPlaceOpener') && isCapitalized(first)) return isCapitalized(second);
  return terms.every(isCapitalized) && isFeatureHead(terms[terms.length - 1]);
}

/**
 * "the Tarvo Sea and Strait of Kessu", "the Orvala Gulf and Lake Marvo": two features of water or land
 * joined by "and", each named whole with its own head, are two places, not one name. Neither side may
 * head an organization ("the Kessu Bay and Harbour Authority" is one body).
 *
 * @example
 * joinsTwoFeatures(context, rangeOf('Tarvo Sea'), rangeOf('Strait of Kessu')) // true
 */
export function joinsTwoFeatures(context: EntityContext, left: TermRange, right: TermRange): boolean {
  const before = rangeTerms(context, left);
  const after = rangeTerms(context, right);
  return (
    before.length >= 2 &&
    isFeatureHead(before[before.length - 1]) &&
    before.every(isCapitalized) &&
    namesFeature(after) &&
    !hasOrganizationHead(context, left) &&
    !hasOrganizationHead(context, right)
  );
}
