import type { CountableNouns } from '../nlp/attendance-nouns.ts';
import type { Word } from './attendance-counts.ts';
import { endsCountPhrase, namesAttendance } from './attendance-cues.ts';
import { isNumberWord } from './number-words.ts';

/** Words that may stand between a count and the noun it counts ("300 international experts"). */
const MODIFIER_REACH = 4;

/** Conjuncts a list of counted nouns may run to ("250 nurses, headmen and principals"). */
const MAX_CONJUNCTS = 6;
/** Words a conjunct may have before its noun ("village headmen", "school principals"). */
const CONJUNCT_WORDS = 3;

/** The noun a count counts, and what kind of thing it names. */
export interface CountedNoun {
  readonly word: Word;
  /** Index of `word` in the sentence's words. */
  readonly index: number;
  /**
   * people who can attend, another plural the lexicon does not know, people mostly counted for
   * something else (staff, patients), or a thing that is no attendance.
   */
  readonly kind: 'people' | 'plural' | 'outsider' | 'excluded';
}

/**
 * Finds the noun heading the words after a count (`words[next]` on), before any punctuation or a word
 * that ends the count's phrase ("300 delegates from 40 countries" counts delegates). A people noun
 * wins over a plain plural; a noun that is no attendance (countries, exhibitors) stops the search.
 *
 * @example
 * // sentence 'Over 75 senior officials came.', words after '75' start at index 2
 * findCountedNoun(sentence, 0, words, 2, nouns) // { word: { text: 'officials', ... }, kind: 'people' }
 */
export function findCountedNoun(
  sentence: string,
  sentenceStart: number,
  words: readonly Word[],
  next: number,
  nouns: CountableNouns,
): CountedNoun | null {
  let plural: CountedNoun | null = null;
  for (let index = next; index < Math.min(words.length, next + MODIFIER_REACH); index++) {
    const word = words[index];
    const previous = words[index - 1];
    if (word === undefined || previous === undefined) break;
    // A "+" after the count ("1,000+ fans") belongs to it.
    if (!/^[\s+-]*$/.test(sentence.slice(previous.end, word.start))) break;
    // Words that name attendance by themselves count even where compromise's tokenizer glued
    // punctuation to them ("delegates --") and missed the plugin's tag.
    const start = sentenceStart + word.start;
    if (nouns.people.has(start) || namesAttendance(word.text))
      return compoundHead(sentence, sentenceStart, words, index, nouns);
    if (nouns.excluded.has(start)) return { word, index, kind: 'excluded' };
    if (nouns.outsiders.has(start)) return { word, index, kind: 'outsider' };
    if (nouns.plurals.has(start)) plural = { word, index, kind: 'plural' };
    // A verb after a plural ends the count's noun phrase: "700 residents attended the sessions"
    // counts residents; a participle before one modifies it ("12,500 distinguished experts").
    else if (plural !== null && nouns.verbs.has(start)) break;
    if (endsCountPhrase(word.text) && !joinsModifiers(words, index, plural)) break;
  }
  return plural;
}

/** Words that join two modifiers of one counted noun ("60 design and anthropology students"). */
const MODIFIER_JOINERS = new Set(['and', 'or']);

/**
 * True when the "and" or "or" at `index` joins two modifiers of the noun still to come: no plural
 * has been read since the count, and no count of its own follows ("500 local and foreign buyers";
 * not "200 and 300 guests", not "40 chairs and tables").
 */
function joinsModifiers(words: readonly Word[], index: number, plural: CountedNoun | null): boolean {
  const word = words[index];
  const next = words[index + 1];
  return (
    plural === null &&
    word !== undefined &&
    next !== undefined &&
    MODIFIER_JOINERS.has(word.text.toLowerCase()) &&
    !startsCount(next.text)
  );
}

/**
 * The head of a compound a people noun opens: "3,000 trade visitors" counts visitors, whose words after
 * the count ("are expected") are read, not "trade".
 */
function compoundHead(
  sentence: string,
  sentenceStart: number,
  words: readonly Word[],
  index: number,
  nouns: CountableNouns,
): CountedNoun {
  let head = index;
  for (;;) {
    const current = words[head];
    const next = words[head + 1];
    if (current === undefined || next === undefined || sentence.slice(current.end, next.start) !== ' ') break;
    const start = sentenceStart + next.start;
    if (!nouns.people.has(start) && !namesAttendance(next.text)) break;
    head++;
  }
  return { word: words[head] as Word, index: head, kind: 'people' };
}

/** A list of counted nouns: where it ends, and whether one of its nouns names people. */
export interface CountedList {
  /** Offset (into the sentence) of the end of the list's last noun. */
  readonly end: number;
  /** True when a noun of the list names people ("engineers, researchers and officials"). */
  readonly namesPeople: boolean;
}

/**
 * The list of plural nouns that starts with the counted noun: "250 nurses, village headmen and school
 * principals attended" ends after "principals", so the verb after the list is the count's. Each further
 * conjunct follows a comma or "and" and ends in a plural noun within a few words; the list ends at the
 * counted noun when nothing of that shape follows, and before a conjunct with a count of its own
 * ("180 boats and some 900 sailors took part": the verb is the sailors').
 *
 * @example
 * // sentence '90 nurses, village headmen and teachers came.', counted noun 'nurses' (index 1)
 * countedList(sentence, 0, words, 1, nouns) // { end: 39, namesPeople: true }, 39 the end of 'teachers'
 */
export function countedList(
  sentence: string,
  sentenceStart: number,
  words: readonly Word[],
  nounIndex: number,
  nouns: CountableNouns,
): CountedList {
  let last = nounIndex;
  let namesPeople = isPeopleNoun(sentenceStart, words[nounIndex], nouns);
  for (let conjunct = 0; conjunct < MAX_CONJUNCTS; conjunct++) {
    const end = nextConjunctEnd(sentence, sentenceStart, words, last, nouns);
    if (end === null) break;
    last = end;
    namesPeople ||= isPeopleNoun(sentenceStart, words[last], nouns);
  }
  return { end: words[last]?.end ?? 0, namesPeople };
}

function nextConjunctEnd(
  sentence: string,
  sentenceStart: number,
  words: readonly Word[],
  last: number,
  nouns: CountableNouns,
): number | null {
  const previous = words[last];
  let index = last + 1;
  let word = words[index];
  if (previous === undefined || word === undefined) return null;
  const gap = sentence.slice(previous.end, word.start);
  if (word.text.toLowerCase() === 'and' && /^,?\s+$/.test(gap)) {
    index++;
    word = words[index];
  } else if (!/^,\s+$/.test(gap)) return null;
  // The conjunct's noun is its last countable word: "ward clerks" ends in "clerks", not "ward";
  // "church groups" ends the list too, though groups alone are no attendance.
  let noun: number | null = null;
  for (let offset = 0; offset < CONJUNCT_WORDS && word !== undefined; offset++) {
    const before = words[index - 1];
    if (offset > 0 && (before === undefined || !/^[\s-]+$/.test(sentence.slice(before.end, word.start))))
      break;
    if (endsCountPhrase(word.text)) break;
    if (startsCount(word.text)) return null;
    const start = sentenceStart + word.start;
    if (isCountableNoun(start, nouns) || nouns.excluded.has(start)) noun = index;
    index++;
    word = words[index];
  }
  return noun;
}

/** Words that open a count of its own: a number, or a qualifier that comes before one. */
const COUNT_OPENERS = new Set([
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'more',
  'up',
  'roughly',
]);

function startsCount(word: string): boolean {
  return /^\d/.test(word) || isNumberWord(word) || COUNT_OPENERS.has(word.toLowerCase());
}

function isPeopleNoun(sentenceStart: number, word: Word | undefined, nouns: CountableNouns): boolean {
  return word !== undefined && (nouns.people.has(sentenceStart + word.start) || namesAttendance(word.text));
}

/** Words that start a modifier of the counted noun: "40 principals from rural districts". */
const MODIFIER_STARTS = new Set(['from', 'of', 'in', 'at', 'across', 'representing', 'serving']);
/** Words a modifier of the counted noun may run to before its verb. */
const TRAILING_MODIFIER_REACH = 12;
/** Words that open another clause: the verb after them is not the count's. */
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'where', 'whose', 'whom', 'while', 'when']);

/**
 * The start of the verb that follows a modifier of the counted words ("40 principals from rural
 * districts across the north attended"): the first verb within a few words after `lastIndex`, when
 * a preposition follows it and no other clause or punctuation but commas comes between. Null when
 * there is none.
 *
 * @example
 * // sentence '40 principals from rural districts attended.', list end 'principals' (index 1)
 * verbAfterModifier(sentence, 0, words, 1, nouns) // 35
 */
export function verbAfterModifier(
  sentence: string,
  sentenceStart: number,
  words: readonly Word[],
  lastIndex: number,
  nouns: CountableNouns,
): number | null {
  const first = words[lastIndex + 1];
  if (first === undefined || !MODIFIER_STARTS.has(first.text.toLowerCase())) return null;
  for (
    let index = lastIndex + 2;
    index < Math.min(words.length, lastIndex + 2 + TRAILING_MODIFIER_REACH);
    index++
  ) {
    const word = words[index];
    const previous = words[index - 1];
    if (word === undefined || previous === undefined) return null;
    if (!/^[\s,'’-]*$/.test(sentence.slice(previous.end, word.start))) return null;
    if (CLAUSE_OPENERS.has(word.text.toLowerCase())) return null;
    if (nouns.verbs.has(sentenceStart + word.start)) return word.start;
  }
  return null;
}

function isCountableNoun(start: number, nouns: CountableNouns): boolean {
  return nouns.people.has(start) || nouns.plurals.has(start) || nouns.outsiders.has(start);
}
