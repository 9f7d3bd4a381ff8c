import type { AttendanceQualifier } from '../../model/press-record.ts';
import type { TextSpan } from '../types.ts';
import { qualifierBefore } from './attendance-qualifiers.ts';
import { isNumberWord, isScaleWord, readCount } from './number-words.ts';

/** A word of a sentence, with offsets into the sentence. */
export type Word = TextSpan;

/** A count of something stated in a sentence, with the words that follow it. */
export interface CountPhrase extends TextSpan {
  readonly count: number;
  readonly qualifier: AttendanceQualifier;
  /** Index into `words` of the first word after the count. */
  readonly next: number;
}

// Thousands set off by spaces ("11 000", "2 500", the style of many European releases: a group of
// one to three digits, then groups of exactly three), other digit groups ("20,000", "1.2"), or letter
// words with inner hyphens or apostrophes. Each group needs its separator, so the scan is linear.
const WORD = /\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)*|\p{L}+(?:['’-]\p{L}+)*/gu;
/** An age or a range of ages before a number: "aged 18 to 80", "ages 8-12", "aged between 10 and 14". */
const AGE_BEFORE = /\b(?:aged|ages?)\s+(?:between\s+)?(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$/i;
/** A limit of age after a copula: "a third of visitors were under 18", "most are over 65". */
const AGE_LIMIT_BEFORE = /\b(?:is|are|was|were|be|been)\s+(?:under|over|below|above)\s+$/i;
/** What follows an age limit: the end of a clause, or "years". */
const AGE_LIMIT_AFTER = /^(?:\s*(?:[,.;:!?)]|$)|\s+years?\b)/;
const CURRENCY_BEFORE = /[$€£¥₹]\s*$|\b(?:usd|eur|gbp|us\$|rs\.?)\s*$/i;
/** Months, written with a capital, before which a number of one or two digits is a day ("12 March"). */
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** Words before a count that make it the whole of a share: "9 out of 10", "one in four visitors". */
const SHARE_BEFORE = /\bout\s+of\s+$|\b(?:one|two|three|\d{1,3})\s+in\s+(?:every\s+)?$/i;
/** Words after a count that make it a share or a rate, not a number of people. */
const SHARE_WORDS = new Set(['percent', 'per', 'out', '%']);
const DIGITS = /^\d/;
const YEAR = /^(?:1[89]|20)\d{2}$/;
const YEAR_PREPOSITION_BEFORE = /\b(?:in|since|during|until|till|through|before|after|from)\s+$/i;
/** A determiner before a year that modifies a name: "the 2026 Youth Games", "its 2025 Annual Report". */
/**
 * A capitalized word right before a year, not a determiner or a preposition opening the sentence:
 * the year ends a name ("Expo 2030", "Summit 2026").
 */
const NAME_WORD_BEFORE =
  /(?<!\p{L})(?!(?:The|This|That|These|Those|Its|Their|Our|His|Her|A|An|By|In|On|At|Of|For|To|From|With|Since|Until|After|Before|During|Only|All|And|But|Then|Of)\s)\p{Lu}[\p{L}\d-]*\s$/u;
const YEAR_DETERMINER_BEFORE = /\b(?:the|this|that|its|their|our|his|her|a|an)\s+$/i;

/** "-strong" and a noun for the people at an event, after a count: "a 5,000-strong crowd". */
const CROWD_SIZE_AFTER = /^-strong\s+(?:crowd|audience|gathering|congregation|turnout)\b/i;

/**
 * True when the count ending at `position` gives the size of a crowd or an audience.
 *
 * @example
 * isCrowdSize('A 5,000-strong crowd watched.', 7) // true
 * isCrowdSize('A 40-strong team flew in.', 4) // false
 */
export function isCrowdSize(sentence: string, position: number): boolean {
  return CROWD_SIZE_AFTER.test(sentence.slice(position, position + 30));
}

/**
 * Cuts a sentence into words.
 *
 * @example
 * splitWords('Over 1,500 guests came.').map((word) => word.text) // ['Over', '1,500', 'guests', 'came']
 */
export function splitWords(sentence: string): Word[] {
  return [...sentence.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/**
 * Finds the whole counts of a sentence, in digits or words, with their qualifier. Money ("$45,000"),
 * shares ("19 percent", "9 out of 10", "one in four"), ages ("aged 18 to 80"), ordinals ("14th"), compound modifiers ("40-panel"), years after
 * a time preposition ("in 2024") or dating a name ("the 2026 Games") and counts below two are left out: none of them counts people.
 *
 * @example
 * findCountPhrases('Some 2,000 fans and 1.2 million viewers watched.', splitWords('Some 2,000 fans and 1.2 million viewers watched.'))
 * // [{ count: 2000, qualifier: 'about', ... }, { count: 1200000, qualifier: 'exact', ... }]
 */
export function findCountPhrases(sentence: string, words: readonly Word[]): CountPhrase[] {
  const phrases: CountPhrase[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (first === undefined) break;
    const isDigits = DIGITS.test(first.text);
    // "a hundred guests", "a thousand runners": the article stands for one of the scale.
    const articleScale = first.text.toLowerCase() === 'a' && isScaleWord(words[i + 1]?.text ?? '');
    if (!isDigits && !isNumberWord(first.text) && !articleScale) {
      i++;
      continue;
    }
    let last = i;
    while (continuesNumber(sentence, words, last, isDigits)) last++;
    // "700-plus alumni": the "plus" belongs to the count, and the counted noun follows it.
    const next = hyphenPlusAt(sentence, words, last) ? last + 2 : last + 1;
    const phrase = countPhrase(sentence, words, i, last);
    if (phrase) phrases.push({ ...phrase, next });
    i = next;
  }
  return phrases;
}

/** True when "-plus" follows the count's last word at `last`: "700-plus alumni". */
function hyphenPlusAt(sentence: string, words: readonly Word[], last: number): boolean {
  const current = words[last];
  const following = words[last + 1];
  return (
    current !== undefined &&
    following !== undefined &&
    following.text.toLowerCase() === 'plus' &&
    sentence.slice(current.end, following.start) === '-'
  );
}

function continuesNumber(sentence: string, words: readonly Word[], last: number, isDigits: boolean): boolean {
  const current = words[last];
  const following = words[last + 1];
  if (current === undefined || following === undefined) return false;
  if (!/^\s+$/.test(sentence.slice(current.end, following.start))) return false;
  if (isScaleWord(following.text)) return true;
  if (isDigits) return false;
  if (isNumberWord(following.text)) return true;
  const after = words[last + 2];
  return (
    following.text.toLowerCase() === 'and' &&
    after !== undefined &&
    isNumberWord(after.text) &&
    !isScaleWord(after.text)
  );
}

function countPhrase(
  sentence: string,
  words: readonly Word[],
  firstIndex: number,
  lastIndex: number,
): Omit<CountPhrase, 'next'> | null {
  const first = words[firstIndex];
  const last = words[lastIndex];
  if (first === undefined || last === undefined) return null;
  const count = readCount(words.slice(firstIndex, lastIndex + 1).map((word) => word.text));
  const isDigitsOnly = firstIndex === lastIndex && /^\d{1,2}$/.test(first.text);
  if (count === null || count < 2) return null;
  const before = sentence.slice(Math.max(0, first.start - 32), first.start);
  if (CURRENCY_BEFORE.test(before) || SHARE_BEFORE.test(before) || AGE_BEFORE.test(before)) return null;
  // "were under 18, and ...": a number of one or two digits standing alone after the limit is an age.
  const standsAlone = AGE_LIMIT_AFTER.test(sentence.slice(last.end, last.end + 8));
  if (isDigitsOnly && AGE_LIMIT_BEFORE.test(before) && standsAlone) return null;
  // "In 2024 participants came": a year after a time preposition, not a count.
  if (YEAR.test(first.text) && YEAR_PREPOSITION_BEFORE.test(before)) return null;
  // "the 2026 Youth Games": a year between a determiner and a capitalized name dates the name.
  const following = words[lastIndex + 1]?.text ?? '';
  if (YEAR.test(first.text) && YEAR_DETERMINER_BEFORE.test(before) && /^\p{Lu}/u.test(following)) return null;
  const { qualifier: stated, length } = qualifierBefore(before);
  // "Expo 2030 drew ...": a year after a capitalized word, no qualifier between, ends a name.
  if (YEAR.test(first.text) && length === 0 && NAME_WORD_BEFORE.test(before)) return null;
  const after = sentence.slice(last.end, last.end + 2);
  // "14th", "40-panel", "19%", "2:09": the count is part of another word or figure; but "a 5,000-strong
  // crowd" gives the size of a crowd.
  const crowdSize = isCrowdSize(sentence, last.end);
  const plus = hyphenPlusAt(sentence, words, lastIndex);
  if (!crowdSize && !plus && /^(?:\p{L}|-\p{L}|%|[:/.]\d)/u.test(after)) return null;
  const nextWord = words[lastIndex + 1]?.text.toLowerCase();
  if (nextWord !== undefined && SHARE_WORDS.has(nextWord)) return null;
  // "On 12 March 300 people ...": a day before its month is a date.
  if (isDigitsOnly && nextWord !== undefined && MONTH.test(nextWord) && /^\p{Lu}/u.test(following))
    return null;
  // "1,000+ fans" and "700-plus alumni" say more than the count.
  const qualifier = stated === 'exact' && (after.startsWith('+') || plus) ? 'over' : stated;
  return {
    start: first.start - length,
    end: last.end,
    text: sentence.slice(first.start - length, last.end),
    count,
    qualifier,
  };
}
