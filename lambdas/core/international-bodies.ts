/**
 * Short forms of the best-known intergovernmental bodies, which releases use bare, without defining
 * them ("the FAO said", "ILO and IOM staff"). A closed class: the bodies of the United Nations system,
 * the regional unions and the development banks. Written in capitals only, so a word ("who") never
 * matches.
 */
const INTERNATIONAL_BODIES = new Set([
  'UN',
  'UNDP',
  'UNEP',
  'UNESCO',
  'UNICEF',
  'UNHCR',
  'UNFPA',
  'UNIDO',
  'UNCTAD',
  'UNAIDS',
  'UNRWA',
  'UNWTO',
  'WTO',
  'WFP',
  'WMO',
  'WIPO',
  'FAO',
  'IFAD',
  'ILO',
  'IMO',
  'ICAO',
  'ITU',
  'IAEA',
  'IOM',
  'IMF',
  'OECD',
  'OPEC',
  'NATO',
  'OSCE',
  'ASEAN',
  'APEC',
  'ECOWAS',
  'SADC',
  'COMESA',
  'IGAD',
  'CARICOM',
  'MERCOSUR',
  'AfDB',
  'AIIB',
  'EBRD',
  'ICRC',
  'IFRC',
]);

/**
 * Whether the word is the short form of a well-known intergovernmental body.
 *
 * @example
 * isInternationalBody('IAEA') // true; isInternationalBody('Iaea') // false
 */
export function isInternationalBody(word: string): boolean {
  return INTERNATIONAL_BODIES.has(word);
}
