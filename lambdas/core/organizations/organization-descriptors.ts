import { makeSpan, type NameSpan } from '../entities/name-span.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';

/**
 * "Kessel Rail to Buy Tarvo Start-up Orvo Labs": a headline writes every word in capitals, so the noun
 * that says what a company is ("Start-up", "Maker", "Developer") runs into the company's name after it.
 * When the words after such a noun end with an organization's head, the name starts after the noun; the
 * words before it (a verb, a place) describe the company and are left out.
 *
 * @example
 * cutBeforeDescribedNames(terms, spans, text) // 'Buy Tarvo Start-up Orvo Labs' -> 'Orvo Labs'
 */
export function cutBeforeDescribedNames(
  terms: readonly EntityTerm[],
  spans: NameSpan[],
  text: string,
): NameSpan[] {
  return spans.map((span) => {
    const noun = descriptorAt(terms, span);
    return noun < 0 ? span : makeSpan(terms, noun + 1, span.to, text);
  });
}

/** The index of the last descriptive noun inside the span that a headed name follows, or -1. */
function descriptorAt(terms: readonly EntityTerm[], span: NameSpan): number {
  const last = terms[span.to];
  const headed = last?.tags.has('EntOrgSuffix') === true && !last.tags.has('EntPlaceSuffix');
  if (!headed) return -1;
  for (let index = span.to - 2; index > span.from; index--) {
    const term = terms[index];
    if (term && isDescriptor(term) && terms.slice(index + 1, span.to + 1).every(isNameWord)) return index;
  }
  return -1;
}

/** A capitalized noun of what a company is, which heads no name of its own ("Start-up", not "Group"). */
function isDescriptor(term: EntityTerm): boolean {
  return (
    /^\p{Lu}/u.test(term.text) &&
    term.post === ' ' &&
    term.tags.has('EntOrgNoun') &&
    !term.tags.has('EntOrgSuffix') &&
    !term.tags.has('Plural')
  );
}

/** A word of a name: capitalized, with no connector ("of", "and") between the descriptor and the head. */
function isNameWord(term: EntityTerm): boolean {
  return /^\p{Lu}/u.test(term.text);
}
