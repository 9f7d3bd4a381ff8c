/**
 * Short forms of the best-known intergovernmental bodies, which releases use bare, without defining
 * them ("the FAO said", "ILO and IOM staff"). A closed class: the bodies of the United Nations system,
 * the regional unions and the development banks. Written in capitals, so a word ("who") never
 * matches; or, as the press writes some short forms read as words, in title case ("Mercosur", "Unesco"),
 * which are no words of English.
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
  'Mercosur',
  'Caricom',
  'Ecowas',
  'Asean',
  'Unesco',
  'Unicef',
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

/** Bodies whose full names open the names of their organs ("United Nations Children's Fund"). */
const PARENT_BODY_NAME = /(?:United Nations|European Union|African Union) $/;

/**
 * Where a long form starts once the parent body written before it is taken in: "United Nations
 * Economic Commission for Africa (ECA)" is one name though the short form has no letters for it.
 *
 * @example
 * withParentBody('the United Nations ', 19) // 4
 */
export function withParentBody(before: string, start: number): number {
  const match = PARENT_BODY_NAME.exec(before.slice(Math.max(0, start - 40), start));
  return match ? start - match[0].length : start;
}
