import { isTitleWord } from '../nlp/word-classes.ts';
import { resolveDescription, resolvePronounToken } from '../speakers/speaker-antecedents.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from '../speakers/speaker-context.ts';
import { resolveShortForm } from '../speakers/speaker-short-forms.ts';
import type { Sentence } from '../types.ts';
import { afterDateline, pushStatement, RELATIVES, type ReportedStatement } from './speech-statements.ts';
import { type Token, tokenize } from './speech-tokens.ts';

/** Memory across sentences: "according to the press release" names the source of an earlier one. */
export interface SourceMemory {
  readonly byNoun: Map<string, Speaker>;
}

/** Words that open a noun phrase describing a named source ("the city's tourism agency"). */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * "according to X" with the clause it qualifies: "Sales rose, according to the report from Acme." or
 * "According to Acme, sales rose." A definite source without a name ("the report") is the source an
 * earlier "according to" named with the same noun.
 */
export function readAccordingTo(
  context: SpeakerContext,
  sentence: Sentence,
  tokens: readonly Token[],
  index: number,
  clauseFrom: number,
  memory: SourceMemory,
): { statements: ReportedStatement[]; clauseCut: number; resumeAt: number; phraseEnd: number } | null {
  const { text } = context;
  const to = tokens[index + 1];
  const according = tokens[index];
  if (to === undefined || according === undefined) return null;
  // A source phrase is short; a bounded search for its comma keeps long lines linear.
  const searchEnd = Math.min(sentence.end, to.end + 200);
  const phraseEnd = sourcePhraseEnd(context, to.end, searchEnd);
  const speaker = resolveSource(context, tokens, index + 2, phraseEnd, memory);
  let resumeAt = index + 1;
  while ((tokens[resumeAt + 1]?.start ?? Number.POSITIVE_INFINITY) < phraseEnd) resumeAt++;
  const from = clauseFrom === sentence.start ? afterDateline(text, clauseFrom, according.start) : clauseFrom;
  // "According to X, ..." opens its clause, also right after a dateline ("LIMA, May 4 – According to").
  const atStart = index === 0 || /^[\s,]*$/u.test(text.slice(from, according.start));
  const statements: ReportedStatement[] = [];
  if (speaker !== null) {
    const statement = atStart ? { speaker, start: phraseEnd + 1 } : { speaker, start: from };
    pushStatement(statements, text, statement, atStart ? sentence.end : according.start);
  }
  return { statements, clauseCut: according.start, resumeAt, phraseEnd };
}

/**
 * Where the source phrase after "according to" ends: at its first comma, unless that comma is inside
 * a name the phrase starts with ("the Chamber of Commerce, Industry and Mines, ..."), then at the
 * first comma after the name.
 */
function sourcePhraseEnd(context: SpeakerContext, from: number, searchEnd: number): number {
  const commaFrom = (start: number): number => {
    const comma = context.text.slice(start, searchEnd).indexOf(',');
    return comma >= 0 ? start + comma : searchEnd;
  };
  const first = commaFrom(from);
  const name = mentionsWithin(context, from, first)[0];
  if (name === undefined) return namedAfterDescription(context, first, searchEnd) ?? first;
  // "According to the Acme chief executive, Jo Doe, ...": the office, then the person who holds it.
  const holder = name.end <= first ? officeHolderAfter(context, from, first, searchEnd) : null;
  if (holder !== null) return holder;
  const end = name !== undefined && name.end > first && name.end < searchEnd ? commaFrom(name.end) : first;
  return name === undefined ? end : afterAppositive(context.text, end, searchEnd);
}

/**
 * "..., according to the organisers, Kessu Fairs & Events LLC.": a description of the source, then its
 * name set off by a comma, closed by the sentence's end or another comma. Returns where the name ends,
 * or null when no name follows so ("According to the company, Acme will open ..." names the subject).
 */
function namedAfterDescription(context: SpeakerContext, comma: number, searchEnd: number): number | null {
  if (comma >= searchEnd) return null;
  const name = mentionsWithin(context, comma + 1, searchEnd)[0];
  if (name === undefined || !/^,\s*$/u.test(context.text.slice(comma, name.start))) return null;
  // A parenthesized acronym after the name belongs to it ("Fairs Ltd (FL).").
  const rest = context.text.slice(name.end, searchEnd).replace(/^\s*\([^()]{1,20}\)/u, '');
  return /^\s*(?:[,.;]|$)/u.test(rest) ? name.end : null;
}

/**
 * "according to the Acme chief executive, Jo Doe, ...": a description before the comma at `comma`
 * whose last word is a title the text gives the person named right after the comma. Returns where
 * that person's name ends, or null ("According to the Acme report, Jo Doe, ..." names no office).
 */
function officeHolderAfter(
  context: SpeakerContext,
  from: number,
  comma: number,
  searchEnd: number,
): number | null {
  const end = namedAfterDescription(context, comma, searchEnd);
  const person = end === null ? undefined : mentionsWithin(context, comma + 1, end)[0];
  const office = tokenize(context.text.slice(from, comma)).pop()?.lower;
  if (person?.kind !== 'person' || office === undefined) return null;
  return isTitleWord(office) && context.titles.get(person.name)?.has(office) === true ? person.end : null;
}

/**
 * "According to Acme, the city's water utility, supplies rose": a short noun phrase set off by commas
 * after a named source describes the source; the clause starts after it. Where the words after the
 * second comma open a relative clause ("the plant, which ..."), the phrase is the clause's subject.
 */
function afterAppositive(text: string, comma: number, searchEnd: number): number {
  const rest = text.slice(comma + 1, searchEnd);
  const next = rest.indexOf(',');
  if (next < 0) return comma;
  const phrase = tokenize(rest.slice(0, next));
  const following = tokenize(rest.slice(next + 1, next + 40))[0];
  const appositive =
    phrase.length >= 2 &&
    phrase.length <= 6 &&
    APPOSITIVE_OPENERS.has(phrase[0]?.lower ?? '') &&
    !phrase.some((token) => RELATIVES.has(token.lower) || /\d/u.test(token.text)) &&
    following !== undefined &&
    !RELATIVES.has(following.lower);
  return appositive ? comma + 1 + next : comma;
}

function resolveSource(
  context: SpeakerContext,
  tokens: readonly Token[],
  from: number,
  phraseEnd: number,
  memory: SourceMemory,
): Speaker | null {
  const first = tokens[from];
  if (first === undefined || first.start >= phraseEnd) return null;
  const named = mentionsWithin(context, first.start, phraseEnd);
  const phrase: Token[] = [];
  for (let i = from; i < tokens.length && (tokens[i]?.end ?? phraseEnd + 1) <= phraseEnd; i++) {
    phrase.push(tokens[i] as Token);
  }
  // "According to her, the plan works": the pronoun's antecedent, as for a subject "she".
  const pronoun = OBJECT_PRONOUNS.get(first.lower);
  if (phrase.length === 1 && pronoun !== undefined)
    return resolvePronounToken(context, pronoun, first.start) ?? null;
  const head = headNoun(phrase);
  // "according to Acme chief executive Jane Doe": the person the organization qualifies is the source.
  const source = named.find((mention) => mention.kind === 'person') ?? named[0];
  if (source !== undefined) {
    const speaker = { name: source.name, kind: source.kind };
    if (head !== null) memory.byNoun.set(head, speaker);
    return speaker;
  }
  const shortForm = resolveShortForm(
    context,
    phrase.map((token) => token.text),
  );
  if (phrase.length === 2 && first.lower === 'the' && head !== null) {
    return memory.byNoun.get(head) ?? resolveDescription(context, head, first.start) ?? shortForm;
  }
  if (shortForm !== null) return shortForm;
  // "according to the city council": a qualified description of a body named before.
  if (
    first.lower === 'the' &&
    head !== null &&
    phrase.length === 3 &&
    NAMED_QUALIFIERS.has(phrase[1]?.lower ?? '')
  )
    return memory.byNoun.get(head) ?? resolveDescription(context, head, first.start);
  if (first.lower === 'the' && head !== null && phrase.length <= 3) return memory.byNoun.get(head) ?? null;
  return null;
}

/** Object pronouns after "according to", with the subject form a pronoun is resolved by. */
const OBJECT_PRONOUNS = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
]);

/** Words that say which of a kind of body is meant ("the city council", "the national bank"). */
const NAMED_QUALIFIERS = new Set([
  'city',
  'town',
  'county',
  'district',
  'regional',
  'provincial',
  'state',
  'national',
  'municipal',
  'central',
]);

/** The noun a source phrase is about: the word before "from"/"of"/"by", else the last word. */
function headNoun(phrase: readonly Token[]): string | null {
  const cut = phrase.findIndex((token) => ['from', 'of', 'by', 'at'].includes(token.lower));
  const core = cut > 0 ? phrase.slice(0, cut) : phrase;
  const last = core[core.length - 1];
  return last === undefined || /['’]s$/u.test(last.lower) ? null : last.lower;
}
