import type { Attendance } from '../../model/press-record.ts';
import { type CountableNouns, findCountableNouns } from '../nlp/attendance-nouns.ts';
import type { ParsedRelease } from '../nlp/world.ts';
import type { ReleaseText } from '../types.ts';
import { clauseAround } from './attendance-clauses.ts';
import { comparedCountText } from './attendance-comparisons.ts';
import {
  type CountPhrase,
  findCountPhrases,
  isCrowdSize,
  splitWords,
  type Word,
} from './attendance-counts.ts';
import {
  attendingBefore,
  attendingVerbAt,
  audienceAtMeeting,
  drawnBefore,
  eventDailyRate,
  fieldBefore,
  forecastAt,
  namesAttendance,
  notAttendingBefore,
  putsPeopleAtEvent,
  rateAt,
  statusAt,
  strictAttendingVerbAt,
} from './attendance-cues.ts';
import { groupSizeAttendance } from './attendance-group-size.ts';
import { type CountedNoun, countedList, findCountedNoun, verbAfterModifier } from './attendance-head-noun.ts';
import { headlineEnd } from './attendance-headlines.ts';
import { partOfAttendance } from './attendance-subsets.ts';
import { yearlyTraffic } from './attendance-traffic.ts';

/**
 * Counts of people attending or taking part in an event, with their qualifier and the clause that
 * states each (GUIDELINES "attendance"). A count counts when it names people who can attend
 * ("300 delegates", compromise's `#Actor` nouns and our `#Attendee` words) or stands before an
 * attending verb ("60 will attend"), and its sentence puts them at an event (attended, took part,
 * drew, brought together ...), or gives the size of a group that attended ("a five-member delegation
 * attended"). Countries, companies, exhibitors, staff, money and shares are not attendance. The same count of the same people stated twice is listed once.
 *
 * @example
 * const release = prepareText('Over 150 guests attended the gala.');
 * extractAttendance(release, parseRelease(release.text))
 * // [{ count: 150, qualifier: 'over', text: 'Over 150 guests attended the gala' }]
 */
export function extractAttendance(release: ReleaseText, parsed: ParsedRelease): Attendance[] {
  const candidates = release.sentences
    .map((sentence, index) => {
      const words = splitWords(sentence.text);
      const groups = groupSizeAttendance(sentence.text);
      const previousEnd = release.sentences[index - 1]?.end ?? -1;
      return { sentence, previousEnd, words, groups, phrases: findCountPhrases(sentence.text, words) };
    })
    .filter((candidate) => candidate.phrases.length > 0 || candidate.groups.length > 0);
  // The noun query is the costly step; a release without counts skips it.
  if (candidates.length === 0) return [];
  const nouns = findCountableNouns(parsed);
  const found: Counted[] = [];
  const headlinesEnd = headlineEnd(release.text);
  // Where the sentence that holds the latest attendance count ends: "Nearly 70 of them" may follow it.
  let attendanceSentenceEnd = -1;
  for (const { sentence, previousEnd, words, groups, phrases } of candidates) {
    const headline = sentence.start < headlinesEnd;
    // A body sentence is not held back by a headline's count: the body's statement replaces it.
    const earlier = found.filter((item) => headline || !item.headline);
    for (const attendance of groups)
      if (!earlier.some((item) => restates(item, attendance.count, null)))
        found.push({ people: null, headline, attendance });
    const context: SentenceContext = { sentence: sentence.text, start: sentence.start, words, nouns };
    const accepted: number[] = [];
    for (const phrase of phrases) {
      const noun = findCountedNoun(sentence.text, sentence.start, words, phrase.next, nouns);
      const people = noun === null ? null : noun.word.text.toLowerCase();
      // "the 300 participants" points back at a count already stated, whatever it called them.
      const definite = DEFINITE_BEFORE.test(sentence.text.slice(Math.max(0, phrase.start - 8), phrase.start));
      if (earlier.some((item) => restates(item, phrase.count, definite ? null : people))) continue;
      // "62,000 visitors attended, up from 51,000 last year": the previous edition's attendance.
      const compared =
        noun === null
          ? comparedCountText(sentence.text, phrase.start, phrase.end, phrase.count, accepted)
          : null;
      if (compared !== null) {
        found.push({
          people: null,
          headline,
          attendance: { count: phrase.count, qualifier: phrase.qualifier, text: compared },
        });
        continue;
      }
      // The clause is cut only for counts that get that far: most numbers fail cheaper tests first.
      let clause: string | null = null;
      const clauseText = (): string => {
        clause ??= clauseAround(sentence.text, phrase.start, phrase.end).text;
        return clause;
      };
      const part =
        noun?.kind !== 'excluded' &&
        partOfAttendance(
          sentence.text,
          phrase.start,
          phrase.end,
          accepted.length > 0,
          previousEnd >= 0 && previousEnd === attendanceSentenceEnd,
        );
      if (!part && !countsAttendance(context, phrase, noun, clauseText)) continue;
      accepted.push(phrase.count);
      attendanceSentenceEnd = sentence.end;
      found.push({
        people,
        headline,
        attendance: { count: phrase.count, qualifier: phrase.qualifier, text: clauseText() },
      });
    }
  }
  return found.filter((item) => !restatedInBody(item, found)).map((item) => item.attendance);
}

/** True for a headline's count that the body states again ("42 architects" ... "42 students"). */
function restatedInBody(item: Counted, found: readonly Counted[]): boolean {
  return (
    item.headline &&
    found.some((other) => !other.headline && other.attendance.count === item.attendance.count)
  );
}

const DEFINITE_BEFORE = /\b(?:the|these|those|all)\s+$/i;
/**
 * Endings of plural nouns for people that compromise does not know: compounds of an agent noun
 * ("smallholders", "beekeepers", "festivalgoers", "cocoa-growers") and the people of a field or a place
 * ("agronomists", "Ghanaians").
 */
const PEOPLE_NOUN_ENDING =
  /\p{L}{2}(?:holders|keepers|growers|makers|workers|traders|owners|goers|lovers|seekers|dwellers|riders|ists|ians)$/u;

/**
 * An attendance count found, with the lower-cased noun it counts (null for a bare count), and whether
 * a headline states it.
 */
interface Counted {
  readonly people: string | null;
  readonly headline: boolean;
  readonly attendance: Attendance;
}

/**
 * True when a count restates one already found: the same number of the same people ("300 delegates
 * ... the 300 delegates"), or of people one of the two mentions leaves unnamed ("the 300"). The same
 * number of other people ("40 artists", "40 students") is another count.
 */
function restates(item: Counted, count: number, people: string | null): boolean {
  return (
    item.attendance.count === count && (item.people === null || people === null || item.people === people)
  );
}

interface SentenceContext {
  readonly sentence: string;
  readonly start: number;
  readonly words: readonly Word[];
  readonly nouns: CountableNouns;
}

function countsAttendance(
  context: SentenceContext,
  phrase: CountPhrase,
  noun: CountedNoun | null,
  clause: () => string,
): boolean {
  const { sentence } = context;
  if (notAttendingBefore(sentence, phrase.start)) return false;
  if (noun?.kind === 'excluded') return false;
  // "two million visitors a year", "3,000 passengers a day": a rate, not the people of one event;
  // but what an event drew on each of its days is its attendance ("drew up to 2,000 visitors a day").
  const countedEnd = noun?.word.end ?? phrase.end;
  if (forecastAt(sentence, countedEnd)) return false;
  if (rateAt(sentence, countedEnd) && !eventDailyRate(sentence, phrase.start, countedEnd)) return false;
  if (noun === null)
    return (
      attendingVerbAt(sentence, phrase.end) ||
      attendingBefore(sentence, phrase.start) ||
      isCrowdSize(sentence, phrase.end)
    );
  if (attendingBefore(sentence, phrase.start) || audienceAtMeeting(sentence, phrase.start, noun.word.end))
    return true;
  if (statusAt(sentence, noun.word.end)) return false;
  // "The museum attracted 450,000 visitors in 2024": a place's traffic over a year, no event's.
  if (yearlyTraffic(clause(), sentence)) return false;
  if (noun.kind === 'people') {
    // The clause, not the whole sentence: "X, who attended, said 2 million people benefit" is no count.
    return (
      namesAttendance(noun.word.text) ||
      fieldBefore(sentence, phrase.start) ||
      putsPeopleAtEvent(clause()) ||
      attendingVerbAt(sentence, noun.word.end)
    );
  }
  // The verb may follow a list the counted noun heads ("250 nurses, headmen and principals attended")
  // and a modifier of it ("40 principals from rural districts across the north attended").
  const { words, nouns } = context;
  const list = countedList(sentence, context.start, words, noun.index, nouns);
  const listEnd = list.end;
  const lastIndex = words.findIndex((word) => word.end === listEnd);
  const farVerb = verbAfterModifier(sentence, context.start, words, lastIndex, nouns);
  const positions = farVerb === null ? [noun.word.end, listEnd] : [noun.word.end, listEnd, farVerb];
  // "drew some 400 smallholders": a noun of people by its ending ("-holders", "-ists"), or heading a
  // list with people ("bringing together 650 engineers, researchers and officials"), drawn to the event.
  if (
    noun.kind === 'plural' &&
    (PEOPLE_NOUN_ENDING.test(noun.word.text) || list.namesPeople) &&
    drawnBefore(sentence, phrase.start)
  )
    return true;
  // Staff or patients count only when they attend: "40 nurses attended", not "40 staff joined the firm".
  const attends = noun.kind === 'outsider' ? strictAttendingVerbAt : attendingVerbAt;
  // A plural noun compromise does not know as people ("principals") counts only when the sentence
  // says these very things attend: "40 principals attended", "attended by 40 principals".
  return positions.some((position) => attends(sentence, position));
}
