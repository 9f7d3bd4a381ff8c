import { type EntityContext, type TermRange, termBefore } from '../entities/entity-context.ts';
import { hasOrganizationHead } from './organization-heads.ts';

/** Verbs whose object is what a company brings out: a product, a platform, a service. */
const LAUNCH_VERBS = new Set([
  'launched',
  'launches',
  'launch',
  'unveiled',
  'unveils',
  'unveil',
  'introduced',
  'introduces',
  'released',
  'releases',
  'debuted',
  'debuts',
]);

/** Words that may stand between the verb and the name ("launched its new Kivo"). */
const DETERMINERS = new Set(['the', 'its', 'their', 'a', 'an', 'new', 'our']);

/**
 * "Acme today launched Kivo, a savings app": the name a launch verb takes as its object is the product,
 * platform or service launched, not an organization (a name with an organization's head still is one:
 * "launched Acme Ventures").
 *
 * @example
 * isLaunchedProduct(context, rangeOf('Kivo')) // true in 'Acme today launched Kivo, a savings app'
 */
export function isLaunchedProduct(context: EntityContext, range: TermRange): boolean {
  let distance = 1;
  let before = termBefore(context, range);
  while (before && DETERMINERS.has(before.text.toLowerCase()) && distance < 3)
    before = termBefore(context, range, ++distance);
  if (!before || !LAUNCH_VERBS.has(before.text.toLowerCase()) || before.post !== ' ') return false;
  return !hasOrganizationHead(context, range);
}
