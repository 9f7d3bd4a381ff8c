import { type Candidate, candidate } from '../entities/entity-candidate.ts';
import type { EntityContext, TermRange } from '../entities/entity-context.ts';
import { isAcronym } from '../entities/entity-word-shape.ts';

/**
 * "the UNESCO World Heritage Site", "under the EU Market Abuse Regulation": a run that names no entity of
 * its own (a site's status, a document) but opens with the short form of a body the lexicon knows, which
 * qualifies the rest, still mentions that body.
 *
 * @example
 * bodyQualifyingRun(context, rangeOf('EU Market Abuse Regulation')) // [{ kind: 'organization', text: 'EU', ... }]
 */
export function bodyQualifyingRun(context: EntityContext, range: TermRange): Candidate[] {
  const first = context.terms[range.from];
  if (!first || range.to === range.from || first.post !== ' ' || first.possessive) return [];
  if (!isAcronym(first.text) || !first.tags.has('EntLexOrganization')) return [];
  return [candidate(context, 'organization', { from: range.from, to: range.from }, 2)];
}
