import type { VerbIndex } from '../nlp/speech-clauses.ts';
import type { Token } from './speech-tokens.ts';

/** Conjunctions before a second verb that make it part of the relative clause ("built it and left"). */
const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'then']);
/** Auxiliaries and modals that open a verb group. */
const AUXILIARIES = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'had',
  'has',
  'have',
  'is',
  'are',
  'was',
  'were',
]);
/** How many words the relative clause and the main verb after it may take together. */
const CLAUSE_WORDS = 24;

/**
 * True when a reported clause's subject carries a relative clause and the main verb follows it:
 * in "said merchants who trade across the border had asked for the link", the relative clause "who
 * trade across the border" has its verb, then "had asked" is the clause's own. "said goodbye to the
 * crew that built the ship" has no verb after the relative clause's, and "that built the ship and
 * sailed home" only a coordinated one: no reported clause.
 *
 * @example
 * // tokens of 'said traders who sell fish had asked for it', relative 'who' at index 2
 * mainVerbAfterRelative(text, tokens, 2, verbs) // true
 */
export function mainVerbAfterRelative(
  text: string,
  tokens: readonly Token[],
  relativeIndex: number,
  verbs: VerbIndex,
): boolean {
  const isVerb = (token: Token) => verbs.hasVerbWithin(token.start, token.end);
  let phase: 'relative' | 'verb' | 'after' = 'relative';
  const last = Math.min(tokens.length, relativeIndex + 1 + CLAUSE_WORDS);
  for (let j = relativeIndex + 1; j < last; j++) {
    const token = tokens[j] as Token;
    const previous = tokens[j - 1] as Token;
    // The relative clause and the main verb sit in one stretch of the sentence, no punctuation between.
    if (/[^\s'’-]/u.test(text.slice(previous.end, token.start))) return false;
    // A relative pronoun that is the subject is followed by its verb, whatever the tagger made of it
    // ("families that live near the river": "live" read as an adjective).
    const subjectRelative = relativeIndex + 1 === j && tokens[relativeIndex]?.lower !== 'whose';
    const verb = isVerb(token) || (subjectRelative && token.text === token.lower);
    if (phase === 'relative') {
      if (verb) phase = 'verb';
    } else if (phase === 'verb') {
      // "whose schools closed will sit ...": an auxiliary after a full verb opens the main verb.
      if (AUXILIARIES.has(token.lower) && !AUXILIARIES.has(previous.lower)) return true;
      if (!verb) phase = 'after';
    } else if (verb) {
      return !COORDINATORS.has(previous.lower);
    }
  }
  return false;
}

/** Relative pronouns that stand for the object of the clause they open ("which", "whom"). */
const OBJECT_RELATIVES = new Set(['which', 'whom']);

/**
 * "The fair, which Okafor said drew 5,000 people, closed": a speech verb inside a relative clause whose
 * pronoun stands for what was said. The clause reports no statement of its own: what was said is the
 * relative's gap, and the words after the verb belong to the sentence around it. `verbIndex` is the
 * speech verb's token; "which said" (the pronoun as subject) is no such clause.
 *
 * @example
 * // tokens of 'the fair, which Okafor said drew crowds', verb at index 4
 * reportsInsideRelative(text, tokens, 4) // true
 */
export function reportsInsideRelative(text: string, tokens: readonly Token[], verbIndex: number): boolean {
  for (let k = verbIndex - 1; k >= 0 && k >= verbIndex - 6; k--) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (/[,;:.!?()"“”«»]/u.test(text.slice(token.end, next.start))) return false;
    if (OBJECT_RELATIVES.has(token.lower)) return k < verbIndex - 1;
  }
  return false;
}

/** Relative pronouns that stand for the subject of the clause they open. */
const SUBJECT_RELATIVES = new Set(['who', 'that']);

/**
 * "Doe thanked the families who urged mothers to attend": a speech verb right after "who"/"that" whose
 * antecedent is a common noun reports for that noun (the families), not for the sentence's subject, and
 * names no listed speaker. A relative set off by a comma (", who declared") is an aside about the
 * subject, and one after a name ("Jane Doe who said") speaks for the name: neither is meant.
 *
 * @example
 * // tokens of 'thanked the families who urged mothers to attend', verb at index 4
 * reportsForCommonNoun(text, tokens, 4) // true
 */
export function reportsForCommonNoun(text: string, tokens: readonly Token[], verbIndex: number): boolean {
  const relative = tokens[verbIndex - 1];
  const antecedent = tokens[verbIndex - 2];
  if (relative === undefined || antecedent === undefined || !SUBJECT_RELATIVES.has(relative.lower))
    return false;
  const verb = tokens[verbIndex] as Token;
  if (/\S/u.test(text.slice(antecedent.end, relative.start) + text.slice(relative.end, verb.start)))
    return false;
  return antecedent.text === antecedent.lower && !/^\d/u.test(antecedent.text);
}
