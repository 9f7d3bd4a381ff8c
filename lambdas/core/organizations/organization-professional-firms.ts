/**
 * Firms of a profession that Italian names by the profession, written first: "Studio Legale" (a law
 * firm), "Studio Notarile" (a notary's office), "Studio Associato", "Studio Tributario". "Studio"
 * alone opens names of every kind in English ("Studio Apartments", "Studio City"), so only the pair
 * counts.
 */
const PROFESSIONS_AFTER_STUDIO = new Set(['Legale', 'Notarile', 'Associato', 'Tributario', 'Commercialista']);

/**
 * Whether the words open with the name of a professional firm written head first ("Studio Legale
 * Rossi Conti", "Studio Notarile Ferrante"), with a name after the pair.
 *
 * @example
 * opensWithProfessionalFirm(['Studio', 'Notarile', 'Ferrante']) // true
 * opensWithProfessionalFirm(['Studio', 'City']) // false
 */
export function opensWithProfessionalFirm(words: readonly string[]): boolean {
  return words.length >= 3 && words[0] === 'Studio' && PROFESSIONS_AFTER_STUDIO.has(words[1] ?? '');
}
