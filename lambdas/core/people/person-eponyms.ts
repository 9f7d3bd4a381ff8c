import type { Candidate } from '../entities/entity-candidate.ts';
import { candidate } from '../entities/entity-candidate.ts';
import { type EntityContext, rangeTerms, type TermRange } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isTitleWord } from './person-words.ts';

/** Tags of words that head names of things, never a surname. */
const HEAD_TAGS = ['EntOrgSuffix', 'EntPlaceSuffix', 'EntPlaceHead', 'EntEventWord', 'Place', 'Demonym'];

/**
 * "the Clara Wieck International Festival ... Wieck's sonatas": an event named after a person, whose
 * surname the text also writes alone, names that person too. Returns the person the event's name opens
 * with (a given name and a surname), or nothing.
 *
 * @example
 * eponymOfEvent(context, rangeOf('Clara Wieck International Festival')) // [person 'Clara Wieck']
 */
export function eponymOfEvent(context: EntityContext, range: TermRange): Candidate[] {
  const [given, surname, next] = rangeTerms(context, range);
  if (!given || !surname || !next || given.post !== ' ' || surname.post !== ' ') return [];
  if (!given.tags.has('FirstName') || !isCapitalized(surname) || isTitleWord(given)) return [];
  if (HEAD_TAGS.some((tag) => surname.tags.has(tag)) || isTitleWord(surname)) return [];
  if (!isWrittenAlone(context, range, surname.text)) return [];
  return [candidate(context, 'person', { from: range.from, to: range.from + 1 }, 3)];
}

/** Whether the word stands elsewhere as a run of one word, possessive or not. */
function isWrittenAlone(context: EntityContext, range: TermRange, word: string): boolean {
  const { terms } = context;
  return terms.some(
    (term, index) =>
      (index < range.from || index > range.to) &&
      term.text.replace(/['’]s$/, '') === word &&
      !term.tags.has('Place') &&
      !continues(terms[index - 1], term) &&
      !continues(term, terms[index + 1]),
  );
}

/** Whether `next` continues the run of capitals `term` is in. */
function continues(term: EntityTerm | undefined, next: EntityTerm | undefined): boolean {
  return (
    term !== undefined &&
    next !== undefined &&
    term.post.trim() === '' &&
    isCapitalized(next) &&
    isCapitalized(term)
  );
}
