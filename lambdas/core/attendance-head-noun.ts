import type { Word } from './attendance-counts.ts';
import { endsCountPhrase, namesAttendance } from './attendance-cues.ts';
import type { CountableNouns } from './nlp/attendance-nouns.ts';

/** Words that may stand between a count and the noun it counts ("300 international experts"). */
const MODIFIER_REACH = 4;

/** The noun a count counts, and what kind of thing it names. */
export interface CountedNoun {
  readonly word: Word;
  /** people who can attend, another plural the lexicon does not know, or a thing that is no attendance. */
  readonly kind: 'people' | 'plural' | 'excluded';
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
  let plural: Word | null = null;
  for (let index = next; index < Math.min(words.length, next + MODIFIER_REACH); index++) {
    const word = words[index];
    const previous = words[index - 1];
    if (word === undefined || previous === undefined) break;
    // A "+" after the count ("1,000+ fans") belongs to it.
    if (!/^[\s+-]*$/.test(sentence.slice(previous.end, word.start))) break;
    // Words that name attendance by themselves count even where compromise's tokenizer glued
    // punctuation to them ("delegates --") and missed the plugin's tag.
    const start = sentenceStart + word.start;
    if (nouns.people.has(start) || namesAttendance(word.text)) return { word, kind: 'people' };
    if (nouns.excluded.has(start)) return { word, kind: 'excluded' };
    if (nouns.plurals.has(start)) plural = word;
    if (endsCountPhrase(word.text)) break;
  }
  return plural === null ? null : { word: plural, kind: 'plural' };
}
