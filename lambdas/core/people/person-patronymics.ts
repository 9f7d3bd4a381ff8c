/**
 * Particles of Arabic, Malay and Mauritanian names that say "son of" / "daughter of" ("Omar bin
 * Faisal", "Sidi ould Cheikh", "Salma Mint Ahmed"), in lower case; the Malaysian Indian "a/l" and "a/p"
 * say the same.
 */
export const PATRONYMICS: readonly string[] = [
  'bin',
  'bint',
  'binti',
  'binte',
  'bte',
  'ibn',
  'ould',
  'mint',
  'bent',
  'a/l',
  'a/p',
];
