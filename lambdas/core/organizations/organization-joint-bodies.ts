import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';

/** Heads of the bodies that partners set up together ("Joint Research Laboratory", "Joint Commission"). */
const JOINT_BODY_HEADS = new Set([
  'Laboratory',
  'Lab',
  'Centre',
  'Center',
  'Institute',
  'Commission',
  'Committee',
  'Secretariat',
  'Venture',
  'Office',
]);

/**
 * "Joint Research Laboratory for X", "Joint Commission on Y": "Joint", then a head of a body that
 * partners set up together, within the next four words.
 *
 * @example
 * namesJointBody(['Joint', 'Research', 'Laboratory', 'for', 'Ceramics']) // true
 * namesJointBody(['Joint', 'Statement']) // false
 */
export function namesJointBody(words: readonly string[]): boolean {
  const joint = words.indexOf('Joint');
  return joint >= 0 && words.slice(joint + 1, joint + 5).some((word) => JOINT_BODY_HEADS.has(word));
}

/**
 * "the Kessa Denki–KPIT Joint Research Laboratory", "the Orvo–Tarvel Joint Centre": partners named
 * before "Joint" and a body's head make the name of a body of their own, an organization.
 *
 * @example
 * isPartnersJointBody(context, rangeOf('Kessa Denki–KPIT Joint Research Laboratory')) // true
 */
export function isPartnersJointBody(context: EntityContext, range: TermRange): boolean {
  const terms = rangeTerms(context, range);
  const joint = terms.findIndex((term) => term.text === 'Joint');
  const partner = terms[joint - 1];
  return (
    joint > 0 &&
    partner !== undefined &&
    /^\p{Lu}/u.test(partner.text) &&
    namesJointBody(terms.map((t) => t.text))
  );
}
