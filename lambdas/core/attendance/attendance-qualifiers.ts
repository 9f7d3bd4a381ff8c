import type { AttendanceQualifier } from '../../model/press-record.ts';

const QUALIFIER_WORDS: ReadonlyArray<readonly [string, AttendanceQualifier]> = [
  ['more than', 'over'],
  ['well over', 'over'],
  ['over', 'over'],
  ['above', 'over'],
  ['upwards of', 'over'],
  ['upward of', 'over'],
  ['in excess of', 'over'],
  ['at least', 'over'],
  ['no fewer than', 'over'],
  ['no less than', 'over'],
  ['fewer than', 'under'],
  ['less than', 'under'],
  ['just under', 'under'],
  ['under', 'under'],
  ['nearly', 'under'],
  ['almost', 'under'],
  ['close to', 'under'],
  ['an estimated', 'about'],
  ['estimated at', 'about'],
  ['estimated', 'about'],
  ['approximately', 'about'],
  ['approx.', 'about'],
  ['roughly', 'about'],
  ['around', 'about'],
  ['about', 'about'],
  ['some', 'about'],
  ['circa', 'about'],
  ['up to', 'up-to'],
  ['as many as', 'up-to'],
];

const BY_WORDS = new Map(QUALIFIER_WORDS);

// Anchored at the end of a short slice; the alternation is of literals, longest first where one
// ends another ("well over" before "over"), so the match is linear and unambiguous.
const QUALIFIER_BEFORE = new RegExp(
  `(?:^|[\\s(])(${QUALIFIER_WORDS.map(([words]) => words.replace('.', '\\.').replace(' ', '\\s+')).join('|')})\\s+$`,
  'i',
);

/** How far before a count its qualifier can start ("no fewer than " is the longest). */
const QUALIFIER_REACH = 24;

/**
 * The qualifier a count carries, read from the words just before it (GUIDELINES "attendance"):
 * over (over, more than, above, upwards of), under (fewer than, under, nearly, almost),
 * about (about, around, some, roughly, approximately, an estimated), up-to (up to), else exact.
 *
 * @example
 * qualifierBefore('The fair drew more than ') // { qualifier: 'over', length: 10 }
 * qualifierBefore('The fair drew ') // { qualifier: 'exact', length: 0 }
 */
export function qualifierBefore(textBefore: string): { qualifier: AttendanceQualifier; length: number } {
  const slice = textBefore.slice(-QUALIFIER_REACH);
  const match = QUALIFIER_BEFORE.exec(slice);
  const words = match?.[1];
  if (match === null || words === undefined) return { qualifier: 'exact', length: 0 };
  const qualifier = BY_WORDS.get(words.toLowerCase().replace(/\s+/g, ' ')) ?? 'exact';
  return { qualifier, length: slice.length - match.index - (match[0].length - match[0].trimStart().length) };
}
