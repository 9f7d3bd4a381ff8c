import type { EntityContext, TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { SPEECH_VERBS } from './person-words.ts';

const SPEAKING_WORDS = new WeakMap<EntityContext, ReadonlySet<string>>();

/** Capitalized words that stand alone (no capitalized word before them) right before a speech verb. */
function speakingWords(context: EntityContext): ReadonlySet<string> {
  let words = SPEAKING_WORDS.get(context);
  if (words) return words;
  const found = new Set<string>();
  context.terms.forEach((term, index) => {
    const next = context.terms[index + 1];
    const previous = context.terms[index - 1];
    // The verb first: few words precede one, and the shape of a word costs more to read.
    if (!next || !SPEECH_VERBS.has(next.text) || term.post.trim() !== '' || !isCapitalized(term)) return;
    const alone = !previous || previous.sentence !== term.sentence || !isCapitalized(previous);
    if (alone || previous.post.trim() !== '') found.add(term.bare);
  });
  words = found;
  SPEAKING_WORDS.set(context, words);
  return words;
}

/**
 * "Oluwaseun Adeyemi-Bakare opened the session ... Adeyemi-Bakare said": a name of two words or more
 * whose last word speaks alone elsewhere in the release, as people are cited by their surname; or, in a
 * name of three words, the middle one, the first of two surnames ("Ana Ruiz Vidal ... Ruiz said").
 *
 * @example
 * speaksBySurname(context, rangeOf('Oluwaseun Adeyemi-Bakare')) // true in the text above
 */
export function speaksBySurname(context: EntityContext, range: TermRange): boolean {
  const last = context.terms[range.to];
  if (!last || range.to === range.from) return false;
  const speaking = speakingWords(context);
  if (speaking.has(last.bare)) return true;
  // "Itzel Baeza Orduña ... Baeza said": of two surnames, the first is the one used alone.
  const paternal = range.to - range.from === 2 ? context.terms[range.from + 1] : undefined;
  return paternal !== undefined && isCapitalized(paternal) && speaking.has(paternal.bare);
}
