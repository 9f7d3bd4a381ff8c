import { type Token, tokenize } from '../speech/speech-tokens.ts';
import { resolveDescription, resolvePronounToken } from './speaker-antecedents.ts';
import { mentionsWithin, type Speaker, type SpeakerContext } from './speaker-context.ts';
import type { SpeakerMention } from './speaker-mentions.ts';
import { officeHolderSubject } from './speaker-office-holders.ts';
import { resolveShortForm } from './speaker-short-forms.ts';
import { APPOSITIVE_GAP, isSubjectGap, skipBackOverModifiers } from './speaker-subject-gaps.ts';

/** How many characters before a verb its subject (with an appositive) may start. */
const SUBJECT_REACH = 320;

/**
 * The subject of a speech verb that starts at `verbStart`, looking back no further than `regionStart`:
 * a pronoun, "the <title>" / "the <organization noun>", or a mention that ends right before the verb
 * or before an appositive (", CEO of X,") or a place phrase ("from the University of Y") that ends there.
 * A person wins over an organization named inside the person's description.
 *
 * @example
 * // "Jane Doe, CEO of Acme, said ..." → Jane Doe (not Acme)
 */
export function findSubject(context: SpeakerContext, clauseStart: number, verbStart: number): Speaker | null {
  const { text } = context;
  // A subject with its appositive sits close to its verb; a bounded look-back keeps long lines linear.
  const regionStart = Math.max(clauseStart, verbStart - SUBJECT_REACH);
  const subjectEnd = skipBackOverModifiers(text, regionStart, verbStart);
  // "The jury, chaired by Dr. Jo Doe of X, said": the subject stands before the participle.
  const modifierAt = agentModifierStart(text, regionStart, subjectEnd);
  if (modifierAt < subjectEnd) return findSubject(context, clauseStart, modifierAt);
  const tokens = tokenize(text, regionStart, subjectEnd);
  const lastToken = tokens[tokens.length - 1];
  // A name may end in an abbreviation's full stop ("Agua Viva A.C. said", "Tern Ltd. announced").
  const abbreviated =
    lastToken !== undefined && lastToken.end + 1 === subjectEnd && text[lastToken.end] === '.';
  if (lastToken === undefined || (lastToken.end !== subjectEnd && !abbreviated)) return null;
  const pronoun = resolvePronounToken(context, lastToken.text, lastToken.start);
  if (pronoun !== undefined) return pronoun;
  if (isUnnamedGroup(tokens) || isBareGroupAfterComma(text, subjectEnd)) return null;
  // "Jane Doe, chairman of the board, said": "the board" closes the person's appositive, not the subject.
  const described = describedPerson(context, regionStart, subjectEnd);
  if (described !== null) return described;
  if (tokens[tokens.length - 2]?.lower === 'the' && lastToken.text === lastToken.lower) {
    const byTitle = resolveDescription(context, lastToken.lower, lastToken.start);
    if (byTitle !== null) return byTitle;
  }
  // "The president of the APV said": the person holding that office, not the organization.
  const holder = officeHolderSubject(context, tokens);
  if (holder !== null) return holder;
  const byLongTitle = longTitleSubject(context, tokens, regionStart);
  if (byLongTitle !== null) return byLongTitle;
  const subject =
    spokespersonOf(context, tokens, lastToken) ??
    subjectMention(context, regionStart, subjectEnd) ??
    describedSubject(context, tokens, subjectEnd) ??
    capitalizedDescription(context, tokens, lastToken) ??
    leadWordSubject(context, tokens, lastToken);
  // No listed subject, but a name-like word ends the subject or opens the clause ("Mirela Vasquez, a
  // buyer, said"): someone the entities missed is speaking.
  const first = tokens[0];
  if (subject === null) {
    if (looksLikeUnlistedName(context, lastToken)) context.unlisted.push(lastToken.start);
    else if (first !== undefined && looksLikeUnlistedName(context, first)) context.unlisted.push(first.start);
  }
  return subject;
}

/**
 * "…, the organisers said", "the partners said": a group of several, named by a plural noun after
 * "the", speaks; no one listed speaker is meant, whatever name the comma follows.
 */
function isUnnamedGroup(tokens: readonly Token[]): boolean {
  const noun = tokens[tokens.length - 1];
  return (
    tokens[tokens.length - 2]?.lower === 'the' &&
    noun !== undefined &&
    noun.text === noun.lower &&
    /\p{L}{3}(?:er|or|ist|ant|ent|ian|ee|ner)s$/u.test(noun.text)
  );
}

/** Nouns for a body of people that take no plural "s" ("..., police said"). */
const COLLECTIVE_NOUNS = new Set(['police', 'staff', 'management', 'clergy', 'personnel']);

/** Words that open a phrase of their own, never a group of speakers ("in her remarks", "at the talks"). */
const FUNCTION_WORDS = new Set(
  'in at on for with by from to of as during after before her his their its our my your a an the'.split(' '),
);

/** After a comma, up to three lower-case words ending in a plural: "..., senior officials said". */
const BARE_GROUP_AFTER_COMMA = /,\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s*$/u;

/**
 * "..., officials said", "..., local residents said", "..., police said": people named by a bare plural
 * or collective noun after a comma speak for no one listed, whatever name opens the sentence. The
 * organizers are left to their own rule, which finds a body named as organizing.
 */
function isBareGroupAfterComma(text: string, subjectEnd: number): boolean {
  const match = BARE_GROUP_AFTER_COMMA.exec(text.slice(Math.max(0, subjectEnd - 60), subjectEnd));
  const noun = match?.[2];
  if (noun === undefined || /^organi[sz]ers$/.test(noun)) return false;
  // "Doe, in her remarks, said": a phrase a function word opens is an aside, not the subject.
  if ((match?.[1] ?? '').split(/\s+/).some((word) => FUNCTION_WORDS.has(word))) return false;
  return COLLECTIVE_NOUNS.has(noun) || /\p{L}{3}[^su]s$/u.test(noun);
}

/** A comma right after a closing quotation mark (the quote's own, written outside it: «...»,). */
const AFTER_CLOSING_MARK = /[»”"’]\s?,$/u;

/**
 * "The chief executive said": "the" and a few lower-case title words open the clause; the person whose
 * title ends with the last word. Not after a comma ("Jane Doe, the chief executive, said" is hers).
 */
function longTitleSubject(
  context: SpeakerContext,
  tokens: readonly Token[],
  regionStart: number,
): Speaker | null {
  const last = tokens.length - 1;
  for (let k = last - 2; k >= 0 && k >= last - 3; k--) {
    const article = tokens[k] as Token;
    if (article.lower !== 'the') continue;
    const words = tokens.slice(k + 1);
    const head = words[words.length - 1] as Token;
    if (
      head.text !== head.lower ||
      !words.every((word) => word.text === word.lower || isDemonym(context, word))
    )
      return null;
    // «...», the deputy minister said: a comma after a closing quotation mark ends the quote, not a name;
    // "Asked about it, the deputy minister said": a comma after an opening phrase names nobody either.
    const before = context.text.slice(Math.max(0, regionStart - 4), article.start).trimEnd();
    if (
      before.endsWith(',') &&
      !AFTER_CLOSING_MARK.test(before) &&
      !afterOpeningPhrase(context, tokens, article.start)
    )
      return null;
    const qualifiers = words.slice(0, -1).map((word) => word.lower);
    return resolveDescription(context, head.lower, head.start, qualifiers);
  }
  return null;
}

/** Participles that open a sentence with a phrase about its subject ("Asked about the date, ..."). */
const OPENING_PARTICIPLES = new Set([
  'asked',
  'questioned',
  'speaking',
  'responding',
  'replying',
  'addressing',
]);

/**
 * True when the region's words open with a participle phrase that ends in the comma before the
 * description at `at`: "Asked about the timetable, the deputy minister said". The phrase names no one
 * before the comma, so the description is the subject, not an appositive.
 */
function afterOpeningPhrase(context: SpeakerContext, tokens: readonly Token[], at: number): boolean {
  const first = tokens[0];
  return (
    first !== undefined &&
    OPENING_PARTICIPLES.has(first.lower) &&
    mentionsWithin(context, first.start, at).length === 0
  );
}

/**
 * "the Chilean poet said", "the Mauritanian minister said": a capitalized word before a lower-case
 * title that names no listed entity says where the person is from (a demonym), not who they are.
 */
function isDemonym(context: SpeakerContext, word: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic)$/u.test(word.text) &&
    mentionsWithin(context, word.start, word.end).length === 0
  );
}

/**
 * "the Chair told members", "The Prime Minister said": a capitalized title of up to three words after
 * "the" that no listed name ends with.
 */
function capitalizedDescription(
  context: SpeakerContext,
  tokens: readonly Token[],
  lastToken: Token,
): Speaker | null {
  const last = tokens.length - 1;
  for (let k = last - 1; k >= 0 && k >= last - 3; k--) {
    if (!/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return null;
    if (tokens[k]?.lower === 'the') {
      const qualifiers = tokens.slice(k + 1, last).map((token) => token.lower);
      return resolveDescription(context, lastToken.lower, lastToken.start, qualifiers);
    }
  }
  return null;
}

/** Words for someone who speaks on an organization's behalf: their words are the organization's. */
const SPOKESPERSON_NOUNS = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'spokespeople',
  'representative',
]);

/** "A Acme spokesperson told ...", "an Acme's spokeswoman said": the organization named right before. */
function spokespersonOf(context: SpeakerContext, tokens: readonly Token[], lastToken: Token): Speaker | null {
  if (!SPOKESPERSON_NOUNS.has(lastToken.lower)) return null;
  const previous = tokens[tokens.length - 2];
  if (previous === undefined) return null;
  const [mention] = mentionsWithin(context, Math.max(0, previous.start - 120), lastToken.start)
    .filter((candidate) => /^(?:['’]s)?\s+$/u.test(context.text.slice(candidate.end, lastToken.start)))
    .reverse();
  if (mention !== undefined)
    return mention.kind === 'organization' ? { name: mention.name, kind: mention.kind } : null;
  // "A Caldera spokeswoman": the first words of a listed organization's name.
  const run: string[] = [];
  for (let i = tokens.length - 2; i >= 0 && run.length < 4; i--) {
    const word = tokens[i] as Token;
    if (!/^\p{Lu}/u.test(word.text) || ['a', 'an', 'the'].includes(word.lower)) break;
    run.unshift(word.text);
  }
  return resolveShortForm(context, run);
}

/**
 * "Brightwell also announced ...": an organization named by the first word of its name, accepted only
 * right before the verb and only when the word is capitalized and names no other entity.
 */
function leadWordSubject(
  context: SpeakerContext,
  tokens: readonly Token[],
  lastToken: Token,
): Speaker | null {
  const previous = tokens[tokens.length - 2];
  if (previous !== undefined && /^\p{Lu}/u.test(previous.text)) return null;
  return context.leadWords.get(lastToken.text) ?? null;
}

/** "The company, which employs 180 people, said": a description, then an appositive, then the verb. */
function describedSubject(
  context: SpeakerContext,
  tokens: readonly Token[],
  subjectEnd: number,
): Speaker | null {
  for (let i = tokens.length - 1; i >= 1; i--) {
    const noun = tokens[i] as Token;
    if (tokens[i - 1]?.lower !== 'the' || noun.text !== noun.lower) continue;
    const gap = context.text.slice(noun.end, subjectEnd);
    if (!gap.trimStart().startsWith(',') || !isSubjectGap(gap)) continue;
    return resolveDescription(context, noun.lower, noun.start);
  }
  return null;
}

/** Capitalized words that open sentences without naming anyone. */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'as',
  'after',
  'before',
  'during',
  'when',
  'while',
  'but',
  'and',
  'or',
  'also',
  'both',
  'each',
  'all',
  'some',
  'many',
  'most',
  'our',
  'their',
  'his',
  'her',
  'we',
  'they',
  'he',
  'she',
  'i',
  'you',
  'today',
  'yesterday',
  'however',
  'meanwhile',
  'officials',
  'organizers',
  'organisers',
  'participants',
]);

/** A capitalized word outside every listed mention, in subject position: someone the entities missed. */
function looksLikeUnlistedName(context: SpeakerContext, token: Token): boolean {
  if (!/^\p{Lu}/u.test(token.text) || NOT_NAMES.has(token.lower)) return false;
  return mentionsWithin(context, Math.max(0, token.start - 200), token.end).every(
    (mention) => mention.end <= token.start || mention.start > token.start,
  );
}

/** The closest mention that ends at `subjectEnd` or whose description does; people first. */
function subjectMention(context: SpeakerContext, regionStart: number, subjectEnd: number): Speaker | null {
  const candidates = mentionsWithin(context, regionStart, subjectEnd).reverse();
  const gapOf = (mention: SpeakerMention) => context.text.slice(mention.end, subjectEnd);
  const fitting = candidates.filter((mention) => isSubjectGap(gapOf(mention)));
  // "Acme, a subsidiary of Globex Holdings, said": the name the appositive describes is the subject,
  // not the organization named inside the appositive.
  const described = fitting.find((mention) => APPOSITIVE_GAP.test(gapOf(mention)));
  const chosen = fitting.find((mention) => mention.kind === 'person') ?? described ?? fitting[0];
  return chosen === undefined ? null : { name: chosen.name, kind: chosen.kind };
}

/**
 * A participle set off by a comma whose agent leads or joins the subject: "The jury, chaired by Dr. Jo
 * Doe of the Tern Institute, highlighted ...", "The team, led by Jo Doe, said ...". The names after it
 * describe the subject; none of them is the subject.
 */
const AGENT_MODIFIER =
  /,\s*(?:chaired|led|headed|moderated|presided over|accompanied|hosted|organi[sz]ed|sponsored|coordinated|supervised|directed|represented|joined|flanked|assisted|advised) by\s/gu;

/** Where the last participle modifier with an agent opens between `from` and `to`, else `to`. */
function agentModifierStart(text: string, from: number, to: number): number {
  let start = to;
  for (const match of text.slice(from, to).matchAll(AGENT_MODIFIER)) start = from + match.index;
  return start;
}

/** The closest person whose appositive (opened by a comma) runs to `subjectEnd`: "Jane Doe, head of X". */
function describedPerson(context: SpeakerContext, regionStart: number, subjectEnd: number): Speaker | null {
  const candidates = mentionsWithin(context, regionStart, subjectEnd).reverse();
  // "moderated by Jo Doe, Ferraz told ...": a person named right before the verb is the subject itself.
  const closest = candidates[0];
  if (closest?.kind === 'person' && context.text.slice(closest.end, subjectEnd).trim() === '') return null;
  const person = candidates.find((mention) => {
    const gap = context.text.slice(mention.end, subjectEnd);
    return mention.kind === 'person' && /^\s*,/u.test(gap) && isSubjectGap(gap);
  });
  return person === undefined ? null : { name: person.name, kind: person.kind };
}
