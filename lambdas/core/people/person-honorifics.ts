/**
 * Honorifics written before a person's name that are no part of it: styles of rank and address of
 * Malay, Bruneian, Arabic, Nigerian, Burmese, Ethiopian and Indian usage ("Datuk", "Tan Sri", "Haji", "U", "Shri"),
 * the styles of master musicians ("Maestro", "Ustad"), and the professional prefixes written like them ("Ir", "Ts", "Engr", "Eng.", "Assoc."). English titles ("Dr",
 * "Minister") are the entity vocabulary's; these are the words compromise does not know as titles.
 */

/** The words of a name as this module reads them: the text and what follows it. */
export interface HonorificWord {
  readonly text: string;
  readonly post: string;
}

/**
 * Honorifics of more than one word, longer ones first so the whole style is read. Their parts ("Tan", "Sri", "Toh") are names or words of their own
 * elsewhere ("Tan Wei Ming", "Sri Lanka"), so only the whole sequence counts.
 */
const SEQUENCES: readonly (readonly string[])[] = [
  ['Dato', 'Seri', 'Utama'],
  ['Datuk', 'Seri', 'Utama'],
  ['Datuk', 'Seri', 'Panglima'],
  ['Dato', 'Seri', 'Diraja'],
  ['Dato', 'Paduka', 'Seri'],
  ['Tan', 'Sri'],
  ['Puan', 'Sri'],
  ['Toh', 'Puan'],
  ['Datuk', 'Seri'],
  ['Datuk', 'Sri'],
  ['Dato', 'Seri'],
  ['Dato', 'Sri'],
  ['Datin', 'Seri'],
  ['Datin', 'Paduka'],
  ['Dato', 'Paduka'],
  ['Datuk', 'Patinggi'],
  ['Yang', 'Amat', 'Mulia'],
  ['Yang', 'Teramat', 'Mulia'],
  ['Yang', 'Berhormat', 'Mulia'],
  ['Yang', 'Berhormat'],
  ['Yang', 'Berusaha'],
  ['Yang', 'Amat', 'Berhormat'],
  ['Yang', 'Berbahagia'],
  ['Yang', 'Mulia'],
  ['Pehin', 'Orang', 'Kaya'],
  ['Pehin', 'Datu'],
];

/** Honorifics of one word, written with a capital. */
const SINGLE = new Set([
  'Datuk',
  'Dato',
  'Datin',
  'Datu',
  'Tun',
  'Pehin',
  'Haji',
  'Hajah',
  'Hj',
  'Hjh',
  'Alhaji',
  'Alhaja',
  'Hajiya',
  'Hajia',
  'Alhajji',
  'Mallam',
  'Ustaz',
  'Ustazah',
  'Puan',
  'Encik',
  'Cik',
  'YB',
  'YAB',
  'YBhg',
  'Ir',
  'Ts',
  'Engr',
  'Engineer',
  'Architect',
  'Barrister',
  'Barr',
  'Atty',
  'Daw',
  'U',
  'Shri',
  'Shrimati',
  'Smt',
  'Kumari',
  'Thiru',
  'Thirumathi',
  // Styles of master musicians and conductors ("Maestro Ana Ruiz", "Ustad Amjad Ali", "Pandit Ravi Rao").
  'Maestro',
  'Maestra',
  'Ustad',
  'Pandit',
  // Amharic and Oromo styles of address, "Mr", "Mrs" and "Miss" ("Ato Bekele Haile", "W/ro Almaz Tadesse").
  'Ato',
  'W/ro',
  'W/rt',
  'Weizero',
  'Woizero',
  'Weyzero',
  'Weizerit',
  // A councillor's style, cut short ("Cllr Ana Ruiz").
  'Cllr',
]);

/** Burmese honorifics: the name after them may itself open with a word of Malay style ("U Tun Lwin"). */
const CHAIN_ENDING = new Set(['U', 'Daw']);

/** "Dato'": an honorific written with the apostrophe of its elided ending. */
const ELIDED = new Set(['Dato']);

/** Words that may close an honorific only with the full stop of an abbreviation ("Hj.", "Smt."). */
const ABBREVIATED = new Set(['Hj', 'Hjh', 'Smt', 'Engr', 'Barr', 'Atty', 'Ir', 'Cllr']);

/**
 * Professional titles and degrees that are honorifics only when cut short with a full stop ("Eng.
 * Amina Yusuf", "Assoc. Prof.", "Dr.-Ing."): written out, most are words or surnames of their own
 * ("Eng Chee Hock", "Arch Street").
 */
const ABBREVIATION_ONLY = new Set([
  // "Fr. John Okoro", "Rev. Fr. Paul Nwosu": a priest's style.
  'Fr',
  'Eng',
  'Arch',
  'Arq',
  'Ing',
  'Lic',
  'Assoc',
  'Asst',
  'Adv',
  'Mag',
  'Dr.-Ing',
  'Dipl.-Ing',
]);

/**
 * Whether the word is an honorific written with its elision mark ("Dato'"): the mark does not end
 * the name that follows.
 *
 * @example
 * isElidedHonorific({ text: 'Dato', post: "' " }) // true
 */
export function isElidedHonorific(word: HonorificWord): boolean {
  return ELIDED.has(word.text) && /^['’]/.test(word.post);
}

/**
 * Whether the word is an abbreviated honorific whose full stop does not end the name ("Smt. Asha Rao").
 *
 * @example
 * isAbbreviatedHonorific({ text: 'Smt', post: '. ' }) // true
 */
export function isAbbreviatedHonorific(word: HonorificWord): boolean {
  return (ABBREVIATED.has(word.text) || ABBREVIATION_ONLY.has(word.text)) && word.post.trim() === '.';
}

/**
 * How many words from `from` on are honorifics ("Tan Sri Dato' Haji Ahmad Kassim" gives 4), counting
 * only those a capitalized name word follows; 0 when the words open with none.
 *
 * @example
 * honorificLength([{ text: 'Datuk', post: ' ' }, { text: 'Seri', post: ' ' }, { text: 'Aminah', post: '' }], 0) // 2
 */
export function honorificLength(words: readonly HonorificWord[], from: number): number {
  let at = from;
  for (;;) {
    const length = honorificAt(words, at);
    if (length === 0) break;
    const following = words[at + length];
    if (!following || !/^\p{Lu}\p{Ll}/u.test(following.text)) break;
    at += length;
    if (CHAIN_ENDING.has(words[at - 1]?.text ?? '')) break;
  }
  return at - from;
}

/** The length of the one honorific at `at`, 0 when there is none there. */
function honorificAt(words: readonly HonorificWord[], at: number): number {
  for (const sequence of SEQUENCES) {
    if (sequence.every((part, offset) => sameWord(words[at + offset], part, offset === sequence.length - 1)))
      return sequence.length;
  }
  const word = words[at];
  if (word && ABBREVIATION_ONLY.has(word.text)) return isAbbreviatedHonorific(word) ? 1 : 0;
  return word && SINGLE.has(word.text) && closesCleanly(word) ? 1 : 0;
}

function sameWord(word: HonorificWord | undefined, expected: string, last: boolean): boolean {
  if (!word || word.text !== expected) return false;
  return last ? closesCleanly(word) : word.post === ' ' || isElidedHonorific(word);
}

/** A plain space after the honorific, its elision mark, or an abbreviation's full stop. */
function closesCleanly(word: HonorificWord): boolean {
  return word.post === ' ' || isElidedHonorific(word) || isAbbreviatedHonorific(word);
}
