import type { EntityContext } from '../entities/entity-context.ts';

/** How the text uses a capitalized word ("Kamau", "Acme") wherever it writes it as a whole word. */
export interface WordUses {
  /** Somewhere right after another capitalized word and a space ("Wanjiru Kamau"): a surname. */
  readonly afterCapitalized: boolean;
  /** Somewhere right before a space and a capital ("Acme Energy"): the first word of a longer name. */
  readonly beforeCapitalized: boolean;
  /** Somewhere after a lower-case word, a digit, a comma or a semicolon and a space: not a sentence's opener. */
  readonly midSentence: boolean;
}

const CAPITALIZED_WORD = /\p{Lu}\p{Ll}+/gu;
/** Letters and digits: what may not touch a whole word on either side. */
const WORD_CHARACTER = /[\p{L}\d]/u;

const positionsByContext = new WeakMap<EntityContext, Map<string, number[]>>();
const usesByContext = new WeakMap<EntityContext, Map<string, WordUses>>();

/**
 * How the text uses a capitalized word, from an index of where each capitalized word stands that is
 * built once per text: asked for every name of a long text, it still reads the text once.
 *
 * @example
 * wordUses(context, 'Kamau').afterCapitalized // true in "Wanjiru Kamau spoke. Kamau announced it."
 */
export function wordUses(context: EntityContext, word: string): WordUses {
  let uses = usesByContext.get(context);
  if (!uses) {
    uses = new Map();
    usesByContext.set(context, uses);
  }
  const known = uses.get(word);
  if (known) return known;
  const found = readUses(context.text, positionsOf(context).get(word) ?? [], word.length);
  uses.set(word, found);
  return found;
}

function positionsOf(context: EntityContext): Map<string, number[]> {
  const known = positionsByContext.get(context);
  if (known) return known;
  const positions = new Map<string, number[]>();
  const { text } = context;
  for (const match of text.matchAll(CAPITALIZED_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (WORD_CHARACTER.test(text[start - 1] ?? ' ') || WORD_CHARACTER.test(text[end] ?? ' ')) continue;
    const list = positions.get(match[0]);
    if (list) list.push(start);
    else positions.set(match[0], [start]);
  }
  positionsByContext.set(context, positions);
  return positions;
}

function readUses(text: string, starts: readonly number[], length: number): WordUses {
  let afterCapitalized = false;
  let beforeCapitalized = false;
  let midSentence = false;
  for (const start of starts) {
    // A name is far shorter than 60 characters: the window keeps each look-behind short.
    const before = text.slice(Math.max(0, start - 60), start);
    afterCapitalized ||= /\p{Lu}\p{Ll}+ $/u.test(before);
    midSentence ||= /[\p{Ll}\d,;] $/u.test(before);
    beforeCapitalized ||= text[start + length] === ' ' && /\p{Lu}/u.test(text[start + length + 1] ?? '');
  }
  return { afterCapitalized, beforeCapitalized, midSentence };
}
