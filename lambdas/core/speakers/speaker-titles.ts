import { type Token, tokenize } from '../speech/speech-tokens.ts';
import { matchSpeechVerb } from '../speech/speech-verbs.ts';
import type { Entities, Sentence } from '../types.ts';
import { authorshipBefore } from './speaker-authors.ts';
import type { SpeakerMention } from './speaker-mentions.ts';

// The words a release uses to describe each person, which "the minister" and "the CEO" are resolved by.

/** Words that open a description of a person ("the chair", "its director", "her deputy"). */
export const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/**
 * For each person, the lower-cased words the text puts right before a mention ("Kazakh President",
 * "AIU secretary general") or in an appositive right after it (", a former trade minister,"), plus the
 * title the entity extractor found.
 */
export function describePeople(
  text: string,
  mentions: readonly SpeakerMention[],
  entities: Entities,
  sentences: readonly Sentence[],
): Map<string, Set<string>> {
  // A set of words per person: a person mentioned thousands of times must not grow a string to rescan.
  const titles = new Map<string, Set<string>>();
  const add = (name: string, words: string) => {
    const known = titles.get(name) ?? new Set<string>();
    for (const word of tokenize(words)) known.add(word.lower);
    titles.set(name, known);
  };
  for (const person of entities.people) if (person.title !== undefined) add(person.name, person.title);
  let sentenceIndex = 0;
  for (const mention of mentions) {
    if (mention.kind !== 'person') continue;
    while ((sentences[sentenceIndex]?.end ?? Number.POSITIVE_INFINITY) <= mention.start) sentenceIndex++;
    const sentenceStart = sentences[sentenceIndex]?.start ?? 0;
    const from = Math.max(sentenceStart, mention.start - 80);
    add(mention.name, wordsBefore(text, from, mention.start));
    // The title may run back past a sentence break the splitter made after an honorific ("Eng. Jo Doe").
    add(mention.name, titleBeforeComma(text, Math.max(0, mention.start - 80), mention.start));
    add(mention.name, appositiveAfter(text, mention.end));
    add(mention.name, authorshipBefore(text, from, mention.start));
  }
  return titles;
}

const TITLE_RUN_STOPS = new Set([
  'with',
  'by',
  'and',
  'to',
  'from',
  'for',
  'at',
  'in',
  'on',
  'as',
  'the',
  'a',
  'an',
]);

/**
 * "Ambassador to Chile", "Envoy to the Assembly": "to" between a capitalized title word and the
 * capitalized place or body it is accredited to belongs to the title.
 */
function joinsCapitalizedTitle(words: readonly Token[], index: number, run: readonly string[]): boolean {
  const previous = words[index - 1];
  return (
    words[index]?.text === 'to' &&
    previous !== undefined &&
    /^\p{Lu}/u.test(previous.text) &&
    /^\p{Lu}/u.test(run[0] ?? '')
  );
}

function wordsBefore(text: string, from: number, to: number): string {
  const before = text.slice(from, to);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf('.'),
    before.lastIndexOf(';'),
    before.lastIndexOf('('),
  );
  const words = tokenize(before.slice(cut + 1));
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 5; i--) {
    const word = words[i];
    if (word === undefined) break;
    if (TITLE_RUN_STOPS.has(word.lower) && !joinsCapitalizedTitle(words, i, run)) break;
    run.unshift(word.text);
  }
  return run.join(' ');
}

/**
 * "The Chair, Jane Doe, opened ..." / "the charity's chief executive, Jane Doe": a description set off
 * by a comma right before the name, opened by a determiner or a possessive. A description after a
 * preposition ("After the vote, Jane Doe ...") is a circumstance, not a title.
 */
function titleBeforeComma(text: string, from: number, to: number): string {
  // An honorific may stand between the comma and the name ("the Minister of Energy, Eng. Jo Doe").
  const trimmed = text.slice(from, to).trimEnd().replace(HONORIFICS_AFTER_COMMA, ',');
  if (!trimmed.endsWith(',')) return '';
  const phrase = trimmed.slice(0, -1);
  const stop = Math.max(phrase.lastIndexOf('.'), phrase.lastIndexOf(';'), phrase.lastIndexOf('\n'));
  const cut = Math.max(phrase.lastIndexOf(','), stop);
  const title = describedBefore(tokenize(phrase.slice(cut + 1)), 6, CIRCUMSTANCE_WORDS);
  if (title !== '') return title;
  // "opened by the Minister of Energy, Water and Mines, Jo Doe": a capitalized title may hold commas
  // of its own, and follow the preposition of a passive or a list ("in the presence of the Director").
  const capitalized = describedBefore(tokenize(phrase.slice(stop + 1)), 10, TIME_CIRCUMSTANCES);
  return /^\p{Lu}/u.test(capitalized) ? capitalized : '';
}

/** Words that make even "the <Capitalized Title>" a circumstance ("After the Summit, Jo Doe ..."). */
const TIME_CIRCUMSTANCES = new Set(['after', 'before', 'during', 'following', 'since', 'until', 'despite']);

/**
 * Abbreviated honorifics after a comma, before a name: ", Eng.", ", Dr.", ", H.E.", and the short
 * forms written without a full stop in British and Commonwealth style (", Dr ", ", Mdm ").
 */
const HONORIFICS_AFTER_COMMA =
  /,\s*(?:(?:\p{Lu}[\p{L}]{0,4}\.|(?:Dr|Mr|Mrs|Ms|Mx|Mdm|Prof|Hon|Rev|Engr)\b)\s*){1,2}$/u;

/**
 * The description in `words` after its determiner or possessive, looked for in the last `reach`
 * words; '' when none opens it or a circumstance word comes before it ("After the vote").
 */
function describedBefore(words: readonly Token[], reach: number, circumstances: ReadonlySet<string>): string {
  let start = -1;
  for (let i = words.length - 1; i >= 0 && i >= words.length - reach; i--) {
    const word = words[i] as Token;
    if (DETERMINERS.has(word.lower) || /['’]s$/u.test(word.lower)) {
      start = i;
      // "the Governor of the Eastern Province": an article after a capitalized word and "of" is inside
      // the title; after "the presence of" it opens the title.
      if (words[i - 1]?.lower !== 'of' || !/^\p{Lu}/u.test(words[i - 2]?.text ?? '')) break;
    }
  }
  if (start < 0 || start === words.length - 1) return '';
  // "the charity's chief executive": the article belongs to the possessive.
  const opening =
    words[start - 1]?.lower === 'the' && /['’]s$/u.test(words[start]?.lower ?? '') ? start - 1 : start;
  const previous = words[opening - 1];
  if (previous !== undefined && circumstances.has(previous.lower)) return '';
  return words
    .slice(start + 1)
    .map((word) => word.text)
    .join(' ');
}

/** Words that make "the <noun>" a circumstance ("After the vote, ..."), not a description of a person. */
const CIRCUMSTANCE_WORDS = new Set([
  ...TITLE_RUN_STOPS,
  'after',
  'before',
  'during',
  'following',
  'since',
  'until',
  'despite',
  'under',
  'over',
  'about',
  'of',
  'into',
  'through',
  'across',
  'near',
  'behind',
  'beyond',
  'within',
  'without',
]);

function appositiveAfter(text: string, from: number): string {
  if (text[from] !== ',') return '';
  const rest = text.slice(from + 1, from + 120);
  const end = rest.search(/[,.;:)]/u);
  const appositive = end < 0 ? rest : rest.slice(0, end);
  // An appositive describes ("chief executive of X"); a clause with a verb ("added that ...") does not.
  const words = tokenize(appositive);
  if (words.length > 10 || words.some((_, index) => matchSpeechVerb(words, index) !== null)) return '';
  // ", in the presence of the Ambassador of X": a phrase about the scene, which names someone else.
  if (SCENE_PREPOSITIONS.has(words[0]?.lower ?? '')) return '';
  return appositive;
}

/** Prepositions that open a phrase about where or when, never a description of the person before it. */
const SCENE_PREPOSITIONS = new Set([
  'after',
  'alongside',
  'at',
  'before',
  'during',
  'in',
  'on',
  'under',
  'while',
  'with',
]);
