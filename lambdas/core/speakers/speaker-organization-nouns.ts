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
  'embassy',
  'consulate',
  'municipality',
  'museum',
  'hospital',
  'college',
  'academy',
  'trust',
  'league',
  'chamber',
  ...BUSINESS_NOUNS,
]);

/** Head words of the names of bodies that are no business: a ministry, a university, a federation. */
const NON_BUSINESS_HEADS = new Set([
  'bureau',
  'directorate',
  'secretariat',
  'inspectorate',
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
  // The same heads in the languages of names releases keep untranslated.
  'fundación',
  'fundacion',
  'fundação',
  'fondation',
  'fondazione',
  'stiftung',
  'instituto',
  'institut',
  'universidade',
  'université',
  'universität',
  'università',
  'ministerio',
  'ministério',
  'ministère',
  'asociación',
  'associação',
]);

/**
 * Head nouns a name carries when a release calls the body by them: "the council" is a body called
 * "... Council", not the trust named before it. Other nouns ("the agency", "the board", "the group")
 * also describe bodies named otherwise.
 */
const NAMED_HEAD_NOUNS = new Set([
  'council',
  'ministry',
  'university',
  'embassy',
  'bank',
  'club',
  'party',
  'museum',
  'hospital',
  'foundation',
  'federation',
  'association',
  'institute',
  'department',
  'commission',
  'directorate',
  'secretariat',
  'bureau',
  'municipality',
  'union',
  'society',
  'consulate',
  'college',
  'academy',
  'trust',
  'league',
  'chamber',
]);

/**
 * Whether "the <noun>" can stand for the organization named `name`. Most nouns ("the group", "the
 * agency") can stand for any; a noun for a business ("the company", "the firm") not for
 * a body whose name says it is a public, academic or membership body ("Polytechnic Institute of X");
 * a head noun of names ("the council", "the ministry", "the university") only for a name with that
 * head, in English or, by its stem, another language ("Universidad de X", "Ministerio de Y").
 *
 * @example
 * nounFitsOrganization('company', 'Tarvel Mining ASA') // true
 * nounFitsOrganization('company', 'Polytechnic Institute of Aveiro') // false
 * nounFitsOrganization('council', 'Lake Trust') // false
 */
export function nounFitsOrganization(noun: string, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  if (BUSINESS_NOUNS.has(noun)) return !words.some((word) => NON_BUSINESS_HEADS.has(word));
  if (!NAMED_HEAD_NOUNS.has(noun)) return true;
  const stem = noun.length > 6 ? noun.slice(0, 6) : noun.replace(/(?:re|er)$/u, '');
  return words.some((word) => word.startsWith(stem));
}

/** Nouns that name many kinds of body besides those whose name ends in them. */
const GENERIC_NOUNS = new Set([
  'group',
  'organization',
  'organisation',
  'body',
  'institution',
  'organisers',
  'organizers',
]);

/**
 * Whether "the <noun>" most likely means a body whose name ends in that noun ("the forum" for "X
 * Neighbourhood Forum"): any organization noun but those for a business or a generic body.
 *
 * @example
 * nounHeadsNames('forum') // true
 * nounHeadsNames('company') // false
 */
export function nounHeadsNames(noun: string): boolean {
  return ORGANIZATION_NOUNS.has(noun) && !BUSINESS_NOUNS.has(noun) && !GENERIC_NOUNS.has(noun);
}
