/** Reading counts written in digits or in words: "20,000", "1.2 million", "two hundred", "twenty-five". */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Digits with thousands separators (commas or spaces) or a decimal part: "20,000", "11 000", "1.2". */
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * True when a word can be part of a count written out ("two", "hundred", "twenty-five").
 *
 * @example
 * isNumberWord('Twenty-five') // true
 * isNumberWord('dozens') // false
 */
export function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (Object.hasOwn(UNITS, lower) || Object.hasOwn(SCALES, lower)) return true;
  // Most words hold no hyphen: only a compound ("twenty-five") needs splitting.
  return lower.includes('-') && lower.split('-').every((part) => Object.hasOwn(UNITS, part));
}

/** True when a word is a scale ("hundred", "million") that multiplies the number before it. */
export function isScaleWord(word: string): boolean {
  return Object.hasOwn(SCALES, word.toLowerCase());
}

/**
 * Reads a count from its words: digits (with an optional scale word) or number words. "and" between
 * number words is allowed ("two hundred and fifty"), and "a" before a scale word ("a hundred"). Null when the words are no whole count
 * ("dozens", "a few", "1.25" alone).
 *
 * @example
 * readCount(['1.2', 'million']) // 1200000
 * readCount(['two', 'hundred', 'and', 'fifty']) // 250
 * readCount(['20,000']) // 20000
 */
export function readCount(words: readonly string[]): number | null {
  const [first, ...rest] = words;
  if (first === undefined) return null;
  if (DIGITS.test(first)) return readDigits(first, rest);
  return readNumberWords(words);
}

function readDigits(digits: string, rest: readonly string[]): number | null {
  let value = Number(digits.replace(/[, \u00A0\u202F]/g, ''));
  for (const word of rest) {
    const scale = SCALES[word.toLowerCase()];
    if (scale === undefined) return null;
    value *= scale;
  }
  const rounded = Math.round(value);
  return Number.isSafeInteger(rounded) && Math.abs(rounded - value) < 1e-6 ? rounded : null;
}

function readNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let group = 0;
  let seen = false;
  for (const [index, word] of words.entries()) {
    const lower = word.toLowerCase();
    if (lower === 'and') continue;
    // "a hundred", "a thousand": the article opening a count is one.
    if (lower === 'a' && index === 0 && isScaleWord(words[1] ?? '')) {
      group = 1;
      seen = true;
      continue;
    }
    const scale = SCALES[lower];
    if (scale !== undefined) {
      if (!seen) return null;
      if (scale < 1_000) group = (group || 1) * scale;
      else {
        total += (group || 1) * scale;
        group = 0;
      }
      continue;
    }
    const parts = lower.split('-').map((part) => UNITS[part]);
    if (parts.some((part) => part === undefined)) return null;
    for (const part of parts) group += part ?? 0;
    seen = true;
  }
  return seen ? total + group : null;
}
