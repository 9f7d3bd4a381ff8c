import { vocabularyTagsOf } from '../nlp/plugins/entity-words.ts';
import { matchContraction } from './entity-contractions.ts';
import { sentenceCaseName } from './entity-sentence-case-names.ts';
import { withParentBody } from './international-bodies.ts';

/** A short form defined in parentheses right after its long form: "Baltic Media Group (BMG)". */
export interface AcronymDefinition {
  readonly short: string;
  readonly long: string;
  /** Offsets of the long form in the working text. */
  readonly longStart: number;
  readonly longEnd: number;
  /** False when the long form is a common noun phrase ("memorandum of understanding (MOU)"). */
  readonly isName: boolean;
}

/** Words a long form may contain in lower case ("Ministry of Small and Medium Enterprises"). */
const SMALL_WORDS = new Set([
  'of',
  'for',
  'and',
  'on',
  'the',
  'in',
  'de',
  'bin',
  'al',
  'to',
  'at',
  '&',
  'des',
  'du',
  'et',
  'la',
  'le',
  'y',
  'del',
  // French prepositions ("Agence pour la Réhabilitation", "Institut sur l'Eau").
  'pour',
  'au',
  'aux',
  'sur',
  // Portuguese, Italian and Dutch connectors ("Águas e Energia", "Banco do Brasil").
  'e',
  'da',
  'do',
  'das',
  'dos',
  'di',
  'van',
  // Prepositions that name a purpose ("League Against Cancer", "Friendship with the Peoples").
  'with',
  'against',
]);

/**
 * Finds short forms defined in parentheses after their long form, in the manner of Schwartz and Hearst
 * (2003): the short form's letters and digits are found, from the end, in the words before the
 * parenthesis, its first letter at the start of a word, in the fewest words that do. Long forms must be
 * written as a name (capitalized words and small words); "memorandum of understanding (MOU)" is no
 * definition of a name.
 *
 * @example
 * findAcronymDefinitions('Baltic Media Group (BMG) said.')[0]
 * // { short: 'BMG', long: 'Baltic Media Group', longStart: 0, longEnd: 18, isName: true }
 */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (const match of text.matchAll(/\(([^()\n,;]{2,30})\)/g)) {
    const short = match[1]?.trim() ?? '';
    const before = text.slice(Math.max(0, match.index - 300), match.index);
    // "... on Monday. (TNA)": after the end of a sentence, a credit, with no long form before it.
    if (ENDS_SENTENCE.test(before)) continue;
    const offset = match.index - before.length;
    const definition = isShortForm(short)
      ? orSentenceCaseName(
          short,
          before,
          offset,
          preferWholeName(matchLongForm(short, before, offset), matchNamedRun(short, before, offset)),
        )
      : (matchContraction(short, before, offset) ??
        matchOneWordName(short, before, offset) ??
        matchLowerCaseShortForm(short, before, offset));
    if (definition) definitions.push(definition);
  }
  return definitions;
}

/**
 * The match found, if it is a name; else the name written in sentence case in a Romance language
 * that the short form abbreviates ("Agence régionale de santé (ARS)"), if there is one.
 */
function orSentenceCaseName(
  short: string,
  before: string,
  beforeOffset: number,
  found: AcronymDefinition | null,
): AcronymDefinition | null {
  if (found?.isName) return found;
  const name = sentenceCaseName(short, before);
  if (!name) return found;
  const longStart = beforeOffset + name.start;
  return { short, long: name.long, longStart, longEnd: longStart + name.long.length, isName: true };
}

/**
 * The letter match, unless its letters are not the initials of its words ("National Institute of
 * Statistics (INE)" matches "Institute of Statistics" by letters inside words: the short form is the
 * name's own in another language) or it runs into lower-case words, and a run with an organization word
 * ends where it ends: then that run.
 */
function preferWholeName(
  byLetters: AcronymDefinition | null,
  byRun: AcronymDefinition | null,
): AcronymDefinition | null {
  if (byLetters === null) return byRun;
  if (byRun === null || byRun.longEnd !== byLetters.longEnd) return byLetters;
  // "granted by the Agency for X (AOSCID)": letters found in lower-case words make no name.
  if (!byLetters.isName) return byRun;
  return isInitialism(byLetters.short, byLetters.long) ? byLetters : byRun;
}

/**
 * Whether the short form's letters are, in order, initials of the long form's words.
 *
 * @example
 * isInitialism('AAT', 'Autoridad de Aguas de Tarvel') // true
 */
export function isInitialism(short: string, long: string): boolean {
  const initials = long
    .split(/[\s-]+/)
    .map((word) => word.normalize('NFD').charAt(0).toLowerCase())
    .join('');
  let at = 0;
  for (const letter of short.toLowerCase().replace(/[^\p{L}]/gu, '')) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The end of a sentence: a full stop after a word of three or more lower-case letters ("Inc." is none). */
const ENDS_SENTENCE = /\p{Ll}{3}[.!?]["”’]?\s*$/u;

/** A month and a day, either way round ("March 10", "10 March"): a date, not part of a name. */
const DATED =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\b/;

function isShortForm(candidate: string): boolean {
  if (!/^\p{Lu}/u.test(candidate) || candidate.split(/\s+/).length > 3) return false;
  return /\p{Lu}.*\p{Lu}/u.test(candidate.replace(/\s/g, ''));
}

function matchLongForm(short: string, before: string, beforeOffset: number): AcronymDefinition | null {
  const words = [...before.matchAll(/[^\s]+/g)];
  const letters = short.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const trailing = before.length - before.trimEnd().length;
  const stop = before.length - trailing;
  for (let count = 1; count <= Math.min(maxWords, words.length); count++) {
    const first = words[words.length - count];
    if (!first) break;
    const candidate = before.slice(first.index, stop);
    if (!coversShortForm(letters, candidate)) continue;
    const bare = candidate.replace(/^the\s+/i, '').replace(/[,\s]+$/, '');
    // "Tarvel, March 10, 2026 (TNA)": a dateline before a wire credit names no organization.
    if (bare.length <= short.length || DATED.test(bare)) return null;
    const bareStart = first.index + (candidate.length - candidate.replace(/^the\s+/i, '').length);
    const from =
      bareStart === first.index ? withOmittedHead(before, withParentBody(before, bareStart)) : bareStart;
    const long = before.slice(from, bareStart) + bare;
    const longStart = beforeOffset + from;
    return { short, long, longStart, longEnd: longStart + long.length, isName: isWrittenAsName(long) };
  }
  return null;
}

/**
 * Where a long form starts once the organization word its short form leaves out is taken in, with the
 * words in capitals before it: "Ministry of Rural Roads and Bridges (RRB)", "Kessel Department for Water
 * Affairs (WA)" are one name each, though the letters stop after "of" or "for".
 *
 * @example
 * withOmittedHead('the Ministry of Rural Roads', 16) // 4
 */
function withOmittedHead(before: string, start: number): number {
  const window = before.slice(Math.max(0, start - 80), start);
  const match = /(?:^|\s)((?:\p{Lu}[\p{L}-]* ){0,3})(\p{Lu}\p{Ll}+) (?:of|for) $/u.exec(window);
  const head = match?.[2];
  if (!match || !head || !ORGANIZATION_WORD.test(head)) return start;
  // "the Kessel Ministry of ...": the capitalized words before the head are its name's, not "The".
  const opening = (match[1] ?? '').split(' ').filter((word) => word !== '');
  const kept = opening.slice(opening.findLastIndex((word) => !opensName(word)) + 1);
  return (
    start - `${kept.map((word) => `${word} `).join('')}${head} ${match[0].trimEnd().split(' ').pop()} `.length
  );
}

/**
 * "Acme Refugee Agency (UNHCR)": a short form that is not the initials of the name before it (an older
 * name, another language) still defines it when that name is a run of capitalized words with an
 * organization word, and the short form opens with the first letter of one of its words. After the
 * organization word the run may go on through "of", "and" and commas ("Andean Institute of Rivers,
 * Lakes and Wetlands (IARLH)"). When that letter is the organization word's own, the short form puts the
 * head first as its language does ("Instituto Andino ..."): the words before the head belong to the name.
 */
function matchNamedRun(short: string, before: string, beforeOffset: number): AcronymDefinition | null {
  const mixed = MIXED_CASE_SHORT_FORM.test(short) && !/^\p{Lu}+$/u.test(short);
  if (!/^\p{Lu}{3,}$/u.test(short) && !mixed) return null;
  const stop = before.trimEnd().length;
  const words = [...before.slice(0, stop).matchAll(/[^\s]+/g)].map((match) => ({
    text: match[0],
    index: match.index,
  }));
  const last = words[words.length - 1];
  if (!last || !CAPITALIZED_WORD.test(last.text.replace(/,$/, ''))) return null;
  const head = organizationWordAt(words);
  if (head < 0) return null;
  const firstIndex = acrossAnd(words, nameStart(words, head));
  const headFirst = words[head]?.text[0] === short[0] && head > firstIndex;
  for (let index = firstIndex; index <= head; index++) {
    const word = words[index];
    if (!word || (word.text[0] !== short[0] && !headFirst)) continue;
    // "Acme Agency (AAX)": the head itself opening the long form leaves a name of one word.
    if (index === head && index === words.length - 1) return null;
    const longStart = beforeOffset + word.index;
    const long = before.slice(word.index, stop);
    // "University of Tarvo (UdeT)": a short form in mixed case defines a name whose initials its capitals are.
    if (mixed && !capitalsAreInitials(short, long)) return null;
    return { short, long, longStart, longEnd: longStart + long.length, isName: true };
  }
  // "Lao News Agency (KPL)": no word opens with the short form's letter, so it abbreviates the name in
  // the organization's own language; the whole run, if more than its head, is the name it stands for.
  const opening = words.slice(firstIndex).some((word) => word.text[0] === short[0]);
  const first = words[firstIndex];
  if (opening || mixed || !first || firstIndex === words.length - 1) return null;
  const longStart = beforeOffset + first.index;
  const long = before.slice(first.index, stop);
  return { short, long, longStart, longEnd: longStart + long.length, isName: true };
}

/**
 * "Tarvo Wirtschaftshilfe (twh)": a short form in lower case, as some bodies write their own, defines a
 * name of two words or more in capitals that it opens with its first letter.
 */
/** Symbols of units, written in lower case in parentheses after the unit's name ("Square Metres (sqm)"). */
const UNIT_SYMBOLS = new Set([
  'km',
  'kg',
  'mm',
  'cm',
  'ml',
  'ha',
  'kw',
  'kwh',
  'mw',
  'mwh',
  'gw',
  'gwh',
  'sqm',
  'sqft',
]);

function matchLowerCaseShortForm(
  short: string,
  before: string,
  beforeOffset: number,
): AcronymDefinition | null {
  if (!/^\p{Ll}{2,5}$/u.test(short)) return null;
  const definition = matchLongForm(short, before, beforeOffset);
  if (!definition?.isName || !/\s/.test(definition.long) || UNIT_SYMBOLS.has(short)) return null;
  // "12 Kessel Miles (km)": after a number, a measure written out, with its unit's symbol.
  const measured = /\d\s*$/.test(before.slice(0, definition.longStart - beforeOffset));
  return definition.long[0]?.toLowerCase() === short[0] && !measured ? definition : null;
}

/**
 * "Eastern Wire Service (Telewire)": a one-word name in parentheses right after a name that ends in its
 * organization word is that organization's own short name, even when it is no contraction of the words.
 * A place in parentheses ("the Health Agency (Kenya)") is left for the caller to tell apart.
 */
function matchOneWordName(short: string, before: string, beforeOffset: number): AcronymDefinition | null {
  if (!/^\p{Lu}\p{Ll}{3,19}$/u.test(short)) return null;
  const stop = before.trimEnd().length;
  const words = [...before.slice(0, stop).matchAll(/[^\s]+/g)].map((match) => ({
    text: match[0],
    index: match.index,
  }));
  // "Kessel Centre for Research (Kesrann)": the head may stand before the field it names.
  const head = organizationWordAt(words);
  if (head < 1) return null;
  const firstIndex = acrossAnd(words, nameStart(words, head));
  const first = words[firstIndex];
  if (!first || firstIndex === words.length - 1 || words.some((word) => word.text === short)) return null;
  const longStart = beforeOffset + first.index;
  const long = before.slice(first.index, stop);
  return { short, long, longStart, longEnd: longStart + long.length, isName: true };
}

/** A short form in mixed case, as Spanish and Italian bodies write theirs ("UdeG", "UniTo"). */
const MIXED_CASE_SHORT_FORM = /^\p{Lu}\p{L}{2,7}$/u;

/** Whether the short form's capitals are, in order, the initials of the long form's capitalized words. */
function capitalsAreInitials(short: string, long: string): boolean {
  const capitals = short.replace(/\P{Lu}/gu, '');
  const initials = long
    .split(/[\s,]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return capitals.length >= 2 && capitals === initials;
}

/** Where the run of name words ending at `head` starts. */
function nameStart(words: readonly { text: string }[], head: number): number {
  let firstIndex = head;
  while (firstIndex > 0 && opensName(words[firstIndex - 1]?.text ?? '')) firstIndex--;
  return firstIndex;
}

/**
 * "the Tarvel Power and Water Corporation", "the Kessu Trade and Investment Bank": after "the", two or
 * three capitalized words with no organization word of their own, joined by "and" to the run with the
 * head, open the same name. One word before "and" ("the Netherlands and Acme Foundation") or a head of
 * its own ("the Acme Group and Globex Foundation") is another name.
 */
function acrossAnd(words: readonly { text: string }[], firstIndex: number): number {
  const joiner = words[firstIndex - 1]?.text ?? '';
  if (joiner !== 'and' && joiner !== '&') return firstIndex;
  const start = nameStart(words, firstIndex - 2);
  const left = words.slice(start, firstIndex - 1).map((word) => word.text);
  const article = words[start - 1]?.text;
  const headed = left.some((word) => ORGANIZATION_WORD.test(word));
  const listed = left.some((word) => word.endsWith(','));
  if (article?.toLowerCase() !== 'the' || left.length < 2 || left.length > 3 || headed || listed)
    return firstIndex;
  return start;
}

/** A word written as a name ("Sciences", "São", "Mocho-Choshuenco"). */
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}\d-]*$/u;

/** A capitalized word that may open a name: not an article capitalized at a sentence's start. */
function opensName(word: string): boolean {
  return CAPITALIZED_WORD.test(word) && !/^(?:The|A|An|This|That|Its|Our|Their)$/.test(word);
}

/** Small words a name goes on through after its organization word ("Institute of Rivers and Lakes"). */
const RUN_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'on',
  'the',
  '&',
  'de',
  'del',
  'des',
  'du',
  'et',
  'y',
  'with',
  'against',
]);

/**
 * The index of the organization word that heads the run ending the words, or -1: walks back over
 * capitalized words (a comma may follow them) and small words, at most twelve.
 */
function organizationWordAt(words: readonly { text: string }[]): number {
  const lowest = Math.max(0, words.length - 12);
  for (let index = words.length - 1; index >= lowest; index--) {
    const word = words[index]?.text ?? '';
    const bare = word.replace(/,$/, '');
    const head = ORGANIZATION_WORD.test(bare) || isHeadWrittenFirst(bare, index, words);
    if (head && (bare === word || index === words.length - 1)) return index;
    if (!CAPITALIZED_WORD.test(bare) && !RUN_CONNECTORS.has(word)) return -1;
  }
  return -1;
}

/**
 * "Agence de Promotion des Exportations du Tarvo": a head that French, Spanish or Portuguese write
 * first, opening the run, with a particle after it.
 */
function isHeadWrittenFirst(word: string, index: number, words: readonly { text: string }[]): boolean {
  const opens = !CAPITALIZED_WORD.test(words[index - 1]?.text ?? '');
  const particle = ['de', 'des', 'du', 'del', 'da', 'do'].includes(words[index + 1]?.text ?? '');
  return opens && particle && vocabularyTagsOf(word).includes('EntOrgHeadFirst');
}

/** Head nouns that end an organization's name. */
const ORGANIZATION_WORD =
  /^(?:Agency|Organi[sz]ation|Fund|Programme|Program|Council|Commission|Commissariat|Office|Bureau|Institute|Foundation|Association|Federation|Union|Authority|Ministry|Department|Directorate|Inspectorate|Administration|Corporation|Company|Cooperative|Consortium|Exchange|Society|Service|League|Chamber|Board|Committee|Centre|Center|Network|Alliance|Trust|Secretariat|Coalition|Institution|Group|Bank|Party|University|College|Academy|Observatory|Laboratory|System)$/;

/** Schwartz-Hearst: every short-form character found right to left, the first at a word's start. */
function coversShortForm(written: string, candidate: string): boolean {
  // "Électricité du Tarvel (EDT)", "(ADER-Fès)": an accented letter stands for its bare letter.
  const long = candidate.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const letters = written.normalize('NFD').replace(/\p{M}/gu, '');
  let l = long.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const char = letters[s];
    for (;;) {
      if (l < 0) return false;
      const here = long[l];
      const wordStart = l === 0 || !/[\p{L}\d]/u.test(long[l - 1] ?? '');
      if (here === char && (s > 0 || wordStart)) break;
      l--;
    }
    l--;
  }
  return /^[\p{L}\d]/u.test(candidate);
}

function isWrittenAsName(long: string): boolean {
  const words = long.split(/[\s,]+/).filter((word) => word !== '');
  const first = words[0] ?? '';
  if (!/^[\p{Lu}\d]/u.test(first)) return false;
  if (words.length === 1) return true;
  // "École d’Architecture": an elided article before a capital opens a word of the name.
  const bare = (word: string) => word.replace(/^[dl][’']/u, '');
  return words.every((word) => /^[\p{Lu}\d]/u.test(bare(word)) || SMALL_WORDS.has(word.toLowerCase()));
}
