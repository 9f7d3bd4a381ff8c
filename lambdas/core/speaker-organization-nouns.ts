// The common nouns a release uses for an organization it has named ("the company said", "the
// charity announced"), and which named organizations each of them can stand for.

/** Nouns for a business: a public, academic or membership body is none of them. */
const BUSINESS_NOUNS = new Set([
  'company',
  'firm',
  'corporation',
  'start-up',
  'startup',
  'airline',
  'carrier',
  'lender',
  'insurer',
  'retailer',
  'manufacturer',
  'maker',
  'producer',
  'developer',
  'operator',
]);

/** Nouns that name an organization by its kind ("the company said"). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'organization',
  'organisation',
  'group',
  'institute',
  'institution',
  'association',
  'foundation',
  'ministry',
  'agency',
  'bureau',
  'university',
  'council',
  'forum',
  'secretariat',
  'commission',
  'committee',
  'department',
  'federation',
  'society',
  'body',
  'bank',
  'union',
  'directorate',
  'office',
  'authority',
  'administration',
  'board',
  'centre',
  'center',
  'network',
  'alliance',
  'coalition',
  'confederation',
  'club',
  'party',
  'organisers',
  'organizers',
  'charity',
  'non-profit',
  'nonprofit',
  'ngo',
  'cooperative',
  'co-operative',
  'consortium',
  ...BUSINESS_NOUNS,
]);

/** Head words of the names of bodies that are no business: a ministry, a university, a federation. */
const NON_BUSINESS_HEADS = new Set([
  'institute',
  'university',
  'universidad',
  'polytechnic',
  'college',
  'school',
  'academy',
  'ministry',
  'department',
  'agency',
  'council',
  'commission',
  'committee',
  'authority',
  'association',
  'federation',
  'foundation',
  'society',
  'union',
  'museum',
  'hospital',
  'embassy',
  'government',
  'municipality',
  'club',
  'league',
  'party',
  'charity',
  'trust',
]);

/**
 * Whether "the <noun>" can stand for the organization named `name`: any noun can, except that a noun
 * for a business ("the company", "the firm") does not stand for a body whose name says it is a public,
 * academic or membership body ("Polytechnic Institute of X", "Ministry of Y").
 *
 * @example
 * nounFitsOrganization('company', 'Tarvel Mining ASA') // true
 * nounFitsOrganization('company', 'Polytechnic Institute of Aveiro') // false
 */
export function nounFitsOrganization(noun: string, name: string): boolean {
  if (!BUSINESS_NOUNS.has(noun)) return true;
  return !name
    .toLowerCase()
    .split(/\s+/u)
    .some((word) => NON_BUSINESS_HEADS.has(word));
}
