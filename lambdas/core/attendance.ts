import type { Attendance } from '../model/press-record.ts';
import { clauseAround } from './attendance-clauses.ts';
import { type CountPhrase, findCountPhrases, splitWords, type Word } from './attendance-counts.ts';
import { type CountableNouns, findCountableNouns } from './nlp/attendance-nouns.ts';
import type { ParsedRelease } from './nlp/world.ts';
import type { ReleaseText } from './types.ts';

/** Words that may stand between a count and the people it counts ("300 international experts"). */
const MODIFIER_REACH = 4;
/** Words that end the noun phrase of a count: the people noun must come before them. */
const PHRASE_ENDERS = new Set([
  'from',
  'of',
  'in',
  'at',
  'on',
  'to',
  'for',
  'with',
  'and',
  'or',
  'who',
  'which',
  'that',
  'by',
  'as',
  'than',
  'per',
  'each',
]);
/** People nouns that name attendance by themselves: "1,500 attendees", "200 participants". */
const SELF_ATTENDING = new Set([
  'attendees',
  'participants',
  'visitors',
  'spectators',
  'delegates',
  'guests',
  'registrants',
  'invitees',
]);
/** An attending verb right after the counted words: "60 will attend", "40 principals took part". */
const ATTENDING_VERB_NEXT =
  /^(?:(?:will|would|also|have|has|had|were|are|did|could|be|been|all)\s+)*(?:attend\w*|participat\w*|join(?:ed|s)?|took part|take part|turned out|showed up|came|gathered|flocked|assembled|packed|in attendance)\b/i;
/** Words before a count that make it a count of attendees: "attended by 300", "an audience of 2,000". */
const ATTENDING_BEFORE =
  /\b(?:attended by|attendance of|participation of|turnout of|crowds? of|audiences? of|(?:attendance|turnout|attendees|participants|visitors) (?:reached|hit|topped|totall?ed|numbered|was|were|of))\s+$/i;
/**
 * Words before a count that make it a count of a workforce or of people harmed, not of attendees:
 * "employs 12,000 people", "displaced 3,000 residents", "a university which has 30,000 students".
 */
const NOT_ATTENDING_BEFORE =
  /\b(?:employ\w*|hir(?:e|es|ed|ing)|workforce of|kill\w*|injur\w*|displac\w*|evacuat\w*|population of|home to|serv(?:es|ed|ing)|(?:which|that) (?:has|have|had|counts?))\s+(?:\S+\s+){0,2}$/i;
/**
 * Words that put people at an event: attending, taking part, gathering, being drawn or welcomed,
 * being trained or competing. Every alternative starts with a literal, so the test is linear.
 */
const ATTENDANCE_CUE =
  /\b(?:attend\w*|participat\w*|(?:take|takes|took|taking|taken) part|join(?:s|ed|ing)?|gather\w*|drew|draws?|drawing|attract\w*|(?:brought|bring|brings|bringing) together|welcom\w*|(?:show|shows|showed|showing) up|(?:turn|turns|turned|turning) out|turnout|came|come|comes|coming|flock\w*|converg\w*|involv\w*|regist\w*|enrol\w*|train(?:s|ed|ing)?|audience|crowd\w*|in person|compet\w*|packed|filled|hosted|featur\w*|visit\w*)\b/i;

/**
 * Counts of people attending or taking part in an event, with their qualifier and the clause that
 * states each (GUIDELINES "attendance"). A count counts when it names people who can attend
 * ("300 delegates", compromise's `#Actor` nouns and our `#Attendee` words) or stands before an
 * attending verb ("60 will attend"), and its sentence puts them at an event (attended, took part,
 * drew, brought together ...). Countries, companies, exhibitors, staff, money and shares are not
 * attendance. The same count stated twice is listed once.
 *
 * @example
 * const release = prepareText('Over 150 guests attended the gala.');
 * extractAttendance(release, parseRelease(release.text))
 * // [{ count: 150, qualifier: 'over', text: 'Over 150 guests attended the gala' }]
 */
export function extractAttendance(release: ReleaseText, parsed: ParsedRelease): Attendance[] {
  const candidates = release.sentences
    .map((sentence) => {
      const words = splitWords(sentence.text);
      return { sentence, words, phrases: findCountPhrases(sentence.text, words) };
    })
    .filter((candidate) => candidate.phrases.length > 0);
  // The noun query is the costly step; a release without counts skips it.
  if (candidates.length === 0) return [];
  const nouns = findCountableNouns(parsed);
  const found = new Map<number, Attendance>();
  for (const { sentence, words, phrases } of candidates) {
    const context: SentenceContext = { sentence: sentence.text, start: sentence.start, words, nouns };
    for (const phrase of phrases) {
      if (found.has(phrase.count)) continue;
      // The clause is cut only for counts that get that far: most numbers fail cheaper tests first.
      let clause: string | null = null;
      const clauseText = (): string => {
        clause ??= clauseAround(sentence.text, phrase.start, phrase.end).text;
        return clause;
      };
      if (!countsAttendance(context, phrase, clauseText)) continue;
      found.set(phrase.count, { count: phrase.count, qualifier: phrase.qualifier, text: clauseText() });
    }
  }
  return [...found.values()];
}

interface SentenceContext {
  readonly sentence: string;
  readonly start: number;
  readonly words: readonly Word[];
  readonly nouns: CountableNouns;
}

/** How far after the counted words an attending verb is looked for ("will all be attending"). */
const VERB_REACH = 60;

function countsAttendance(context: SentenceContext, phrase: CountPhrase, clause: () => string): boolean {
  const { sentence } = context;
  if (NOT_ATTENDING_BEFORE.test(sentence.slice(Math.max(0, phrase.start - 40), phrase.start))) return false;
  const noun = countedNoun(sentence, context.start, context.words, phrase.next, context.nouns);
  if (noun === null) return attendingVerbAt(sentence, phrase.end) || attendingBefore(sentence, phrase.start);
  if (noun.kind === 'excluded') return false;
  if (noun.kind === 'people') {
    // The clause, not the whole sentence: "X, who attended, said 2 million people benefit" is no count.
    return SELF_ATTENDING.has(noun.word.text.toLowerCase()) || ATTENDANCE_CUE.test(clause());
  }
  // A plural noun compromise does not know as people ("principals") counts only when the sentence
  // says these very things attend: "40 principals attended", "attended by 40 principals".
  return attendingVerbAt(sentence, noun.word.end) || attendingBefore(sentence, phrase.start);
}

function attendingBefore(sentence: string, position: number): boolean {
  return ATTENDING_BEFORE.test(sentence.slice(Math.max(0, position - 32), position));
}

function attendingVerbAt(sentence: string, position: number): boolean {
  return ATTENDING_VERB_NEXT.test(sentence.slice(position, position + VERB_REACH).trimStart());
}

interface CountedNoun {
  readonly word: Word;
  readonly kind: 'people' | 'plural' | 'excluded';
}

/** The noun heading the words after a count, before any punctuation or phrase ender. */
function countedNoun(
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
    if (nouns.people.has(start) || SELF_ATTENDING.has(word.text.toLowerCase()))
      return { word, kind: 'people' };
    if (nouns.excluded.has(start)) return { word, kind: 'excluded' };
    if (nouns.plurals.has(start)) plural = word;
    if (PHRASE_ENDERS.has(word.text.toLowerCase())) break;
  }
  return plural === null ? null : { word: plural, kind: 'plural' };
}
