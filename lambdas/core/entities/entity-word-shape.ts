import type { EntityTerm } from '../nlp/entity-terms.ts';

/**
 * Whether the word is written like a name: a capital, or a digit-led word with a capital ("24-7News").
 *
 * @example
 * isCapitalized(term) // true for 'Riga' and '24-7Wire', false for 'May' the month
 */
export function isCapitalized(term: EntityTerm): boolean {
  if (term.tags.has('Month') || term.tags.has('WeekDay') || term.text === 'AM' || term.text === 'PM')
    return false;
  if (opensWithAsciiCapital(term.text) || /^\p{Lu}/u.test(term.text)) return true;
  // Most words hold no capital at all: the shapes below all need one (checked once, not four times).
  if (!/\p{Lu}/u.test(term.text)) return false;
  // An elided article inside a name: "Côte d'Ivoire", "Val d'Isère".
  if (/^\p{Ll}['’]\p{Lu}/u.test(term.text)) return true;
  // An Arabic article joined to a family name: "al-Bashir", "el-Sayed".
  if (/^(?:al|el|as|ash|ad|ar|at|az|an)-\p{Lu}/u.test(term.text)) return true;
  // A letter with no case before the capital: a click ("ǁKessu", "ǃOrvo") or the ʻokina ("ʻOrvalu").
  if (/^[\u01C0-\u01C3\u02BB]+\p{Lu}/u.test(term.text)) return true;
  // A lower-case prefix before the capital of a name: "eKhaya", "uMlazi".
  if (/^\p{Ll}\p{Lu}\p{Ll}{2}/u.test(term.text)) return true;
  return /^\d[\p{L}\d-]*\p{Lu}/u.test(term.text);
}

/** A plain A to Z first letter: most names open with one, and a char code costs less than a Unicode regex. */
function opensWithAsciiCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/**
 * Whether the word is all capitals, two letters or more ("BMG", "U.K.").
 *
 * @example
 * isAcronym('U.K.') // true; isAcronym('Lumo') // false
 */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

/**
 * A single capital letter, alone or with its full stop: a middle initial.
 *
 * @example
 * isInitial(termOf('D.')) // true in 'Jane R. Doe'
 */
export function isInitial(term: EntityTerm): boolean {
  return /^\p{Lu}\.?$/u.test(term.text);
}
