import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { isLegalForm } from '../entities/legal-forms.ts';
import { hasOrganizationHead } from './organization-heads.ts';
import { isClubName } from './team-names.ts';

/**
 * Whether the name is already complete before "of": a company's legal form ("Velmar GmbH") or a sports
 * club ("Tarvel Rugby Club", "Harbour Kings FC") ends a name, so an "of" after it says where the
 * organization is based ("Velmar GmbH of Kessel"). A head noun that needs its complement ("Bank of",
 * "University of", "Ministry of", "Rotary Club of") keeps it.
 *
 * @example
 * endsBeforeBase(context, rangeOf('Velmar GmbH'), rangeOf('Kessel')) // true
 * endsBeforeBase(context, rangeOf('University'), rangeOf('Kessel')) // false
 */
export function endsBeforeBase(context: EntityContext, name: TermRange, base: TermRange): boolean {
  const words = rangeTerms(context, name);
  const last = words[words.length - 1];
  if (!last || words.length < 2 || last.possessive) return false;
  const complete =
    isLegalForm(last.text) || COMPLETE_COMPANY_HEADS.has(last.text) || isClubName(context, name);
  return complete && isPlaceName(context, beforeNextName(context, base));
}

/**
 * "Kessel and Orvo Foods Inc." after "Velmar GmbH of": the base is the words before an "and" that
 * opens the next name of the run.
 */
function beforeNextName(context: EntityContext, range: TermRange): TermRange {
  const words = rangeTerms(context, range);
  const joiner = words.findIndex((word) => word.text === 'and' || word.text === '&');
  return joiner > 0 ? { from: range.from, to: range.from + joiner - 1 } : range;
}

/**
 * Last words of firms' names that take no complement ("Kessel Ventures", "Orvo Holdings", "Tarvel
 * Brewing"): "Kessel Ventures of Tarvel" is a firm and its seat, where "Bank of Tarvel" is one name.
 */
const COMPLETE_COMPANY_HEADS = new Set([
  'Ventures',
  'Partners',
  'Capital',
  'Holdings',
  'Industries',
  'Technologies',
  'Systems',
  'Solutions',
  'Investments',
  'Associates',
  'Enterprises',
  'Labs',
  'Brewing',
  'Motors',
  'Pharmaceuticals',
  'Logistics',
  'Consulting',
  'Advisors',
  'Advisers',
  'Securities',
]);

/** One or two capitalized words with no head of an organization: the name of a town or a country. */
function isPlaceName(context: EntityContext, range: TermRange): boolean {
  const words = rangeTerms(context, range);
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    words.every((word) => isCapitalized(word) && !word.tags.has('EntOrgSuffix')) &&
    !hasOrganizationHead(context, range)
  );
}
