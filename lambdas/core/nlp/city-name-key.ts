/** Marks a transliteration writes as letters of their own ("Norabats’", "Hawai‘i"), dropped from a key. */
const TRANSLITERATION_MARKS = /['’‘`ʻʼ]/g;

/**
 * The form a place's name is looked up by: lower case, without diacritics or transliteration marks, a
 * hyphen read as a space. Releases write the same town "Ōzu", "Ozu" or "OZU".
 *
 * @example
 * cityNameKey('Ōzu') // 'ozu'
 * cityNameKey('Saint-Louis') // 'saint louis'
 */
export function cityNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(TRANSLITERATION_MARKS, '')
    .replace(/[-‐‑]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
