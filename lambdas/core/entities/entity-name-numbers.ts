import type { EntityTerm } from '../nlp/entity-terms.ts';

/** Signs written before the number of an institution ("School No. 12", "Hospital Nr 3", "Clinic № 5"). */
const NUMBER_SIGN = /^(?:No|Nr|Nº|№)$/;

/**
 * Whether the terms from `at` are a number sign and a number closing an institution's name ("Tarvel
 * Public School No. 12", "City Hospital Nr 3"): the head before the sign is a body's, and the number is
 * a bare one, though the sign's full stop may have ended compromise's sentence.
 *
 * @example
 * isInstitutionNumber(termsOf('Kessu School No. 7 opened'), 2) // true; false in 'Decree No. 7'
 */
export function isInstitutionNumber(terms: readonly EntityTerm[], at: number): boolean {
  const head = terms[at - 1];
  const sign = terms[at];
  const number = terms[at + 1];
  if (!head || !sign || !number || !NUMBER_SIGN.test(sign.text) || !/^\.?\s$/.test(sign.post)) return false;
  if (head.post !== ' ' || !/^\d{1,4}$/.test(number.text) || number.pre !== '') return false;
  return head.tags.has('EntOrgSuffix') && !head.tags.has('EntPlaceSuffix');
}

/**
 * How many terms at the end of a name are its number ("No. 12" is two), so that the head is read
 * before them.
 *
 * @example
 * institutionNumberLength(termsOf('Kessu School No. 7')) // 2
 */
export function institutionNumberLength(terms: readonly EntityTerm[]): number {
  return terms.length >= 3 && isInstitutionNumber(terms, terms.length - 2) ? 2 : 0;
}
