import { tokenize } from '../speech/speech-tokens.ts';
import { matchSpeechVerb } from '../speech/speech-verbs.ts';

/** Words that may stand between a subject and its verb ("also", "further", "has", "proudly"). */
const VERB_MODIFIERS = new Set([
  'also',
  'further',
  'then',
  'later',
  'again',
  'once',
  'not',
  'only',
  'has',
  'have',
  'had',
  'will',
  'would',
  'too',
  'subsequently',
  'meanwhile',
  'however',
  'today',
  'yesterday',
  'tonight',
  'recently',
  'earlier',
  'jointly',
  'formally',
  'officially',
  'publicly',
]);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Walks back from a verb over what may stand between it and its subject: adverbs and auxiliaries
 * ("has also"), time words ("today", "on Monday"), a bracketed aside ("(NASDAQ: ACME)"), a
 * comma-enclosed adverb (", meanwhile,") and a relative clause (", which holds a stake in X,").
 * Returns where the subject ends.
 */
export function skipBackOverModifiers(text: string, regionStart: number, verbStart: number): number {
  let end = verbStart;
  for (let step = 0; step < 8; step++) {
    // "Acme, which holds a stake in Globex, announced": the relative clause describes the subject.
    const relative = RELATIVE_CLAUSE_END.exec(text.slice(Math.max(regionStart, end - 240), end));
    if (relative !== null) {
      end = Math.max(regionStart, end - 240) + relative.index;
      continue;
    }
    const trimmed = text.slice(regionStart, end).trimEnd();
    const stop = regionStart + trimmed.length;
    if (trimmed.endsWith(')')) {
      const open = trimmed.lastIndexOf('(');
      if (open >= 0 && trimmed.length - open <= 80) {
        end = regionStart + open;
        continue;
      }
      return stop;
    }
    const withoutComma = trimmed.endsWith(',') ? trimmed.slice(0, -1).trimEnd() : trimmed;
    if (withoutComma.endsWith(')') && withoutComma !== trimmed) {
      end = regionStart + withoutComma.length;
      continue;
    }
    const word = /\p{L}+$/u.exec(withoutComma)?.[0] ?? '';
    const lower = word.toLowerCase();
    if (word === '' || !(isVerbModifier(lower) || (WEEKDAYS.has(lower) && /^\p{Lu}/u.test(word)))) {
      return regionStart + withoutComma.length;
    }
    end = regionStart + withoutComma.length - word.length;
    if (WEEKDAYS.has(lower) && /\bon\s*$/u.test(text.slice(Math.max(regionStart, end - 4), end))) {
      end = text.lastIndexOf('on', end);
    }
  }
  return end;
}

/** A relative clause set off by commas right before the verb: ", which holds a stake in X,". */
const RELATIVE_CLAUSE_END = /,\s*(?:which|who|whose)\s[^,;()"“”]{1,200},\s*$/u;

/** ", a subsidiary of X,", ", the country's largest lender,": an appositive set off by commas. */
export const APPOSITIVE_GAP = /^\s*,\s*(?:a|an|the|its|one)\s[^,;]{1,150},?\s*$/iu;

/**
 * What may stand between a subject's name and the end of the subject: nothing, an acronym in brackets,
 * an appositive opened by a comma (", CEO of X"), or a short place phrase ("from the University of Y").
 */
export function isSubjectGap(gap: string): boolean {
  // Bracketed acronyms and tickers say nothing about the structure: "Acme, Inc. (NASDAQ: AC), a ...".
  const trimmed = gap
    .replace(/\([^()]{0,60}\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (trimmed === '' || trimmed === ',' || /^\([\p{Lu}\p{N}&.-]+\)$/u.test(trimmed)) return true;
  const words = tokenize(trimmed);
  if (words.length > 30 || /[;:"“”«»]/u.test(trimmed)) return false;
  if (words.some((_, index) => matchSpeechVerb(words, index) !== null)) return false;
  if (trimmed.startsWith(',')) return true;
  const first = words[0]?.lower ?? '';
  return ['from', 'of', 'at', 'with'].includes(first) && words.length <= 12;
}

function isVerbModifier(word: string): boolean {
  return VERB_MODIFIERS.has(word) || (word.endsWith('ly') && word.length > 4 && word !== 'only');
}
