import { isCapitalized } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isKnownName } from '../nlp/word-classes.ts';

// Words a run of capitals may hold that no personal name does: it is then the name of a thing, a
// campaign or a firm ("Eagles Beyond Borders", "Fairmont Fresh Distribution").

/** Prepositions that open a phrase inside a slogan or a title, and are no word of a person's name. */
const PHRASE_PREPOSITIONS = new Set([
  'about',
  'across',
  'against',
  'among',
  'amid',
  'beyond',
  'between',
  'despite',
  'into',
  'onto',
  'through',
  'throughout',
  'toward',
  'towards',
  'within',
  'without',
  'versus',
]);

/** Endings of nouns for an activity or a state ("Distribution", "Expansion", "Management"). */
const ACTIVITY_NOUN_ENDING = /\p{L}{3}(?:tion|sion|ment)$/u;

/**
 * True when a word after the first is a capitalized preposition ("Eagles Beyond Borders", "Voices
 * Against Silence") or the last word is a noun for an activity the lexicon knows as no name ("Fairmont
 * Fresh Distribution"; "Jean Clement" keeps its surname).
 *
 * @example
 * holdsPhraseWord(termsOf('Eagles Beyond Borders')) // true
 * holdsPhraseWord(termsOf('Ilse Varga')) // false
 */
export function holdsPhraseWord(terms: readonly EntityTerm[]): boolean {
  const last = terms[terms.length - 1];
  if (terms.length < 2 || last === undefined) return false;
  const preposition = terms
    .slice(1)
    .some((term) => isCapitalized(term) && PHRASE_PREPOSITIONS.has(term.text.toLowerCase()));
  const activity = ACTIVITY_NOUN_ENDING.test(last.bare.toLowerCase()) && !isKnownName(last.bare);
  return preposition || activity;
}
