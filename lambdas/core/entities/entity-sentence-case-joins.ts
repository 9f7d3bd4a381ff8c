import type { EntityTerm } from '../nlp/entity-terms.ts';
import { isHeadWrittenFirst, isSentenceCaseMiddle } from './entity-sentence-case-names.ts';
import { makeSpan, type NameSpan } from './name-span.ts';

/**
 * "Union des producteurs du Fouta", "Agence pour la promotion de Kessoa": a head written first, lower-case
 * words between particles of a Romance language, then a capitalized name, are one name written in
 * sentence case, as those languages write the names of bodies. The two runs of capitals join.
 *
 * @example
 * joinSentenceCaseNames(terms, [spanOf('Union'), spanOf('Fouta')], text)
 * // [span of 'Union des producteurs du Fouta']
 */
export function joinSentenceCaseNames(
  terms: readonly EntityTerm[],
  spans: NameSpan[],
  text: string,
): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && joinsAcrossMiddle(terms, previous, span)) {
      joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
      continue;
    }
    joined.push(span);
  }
  return joined;
}

function joinsAcrossMiddle(terms: readonly EntityTerm[], left: NameSpan, right: NameSpan): boolean {
  const head = terms[left.to];
  if (!head || !isHeadWrittenFirst(head.text) || head.post !== ' ') return false;
  const middle = terms.slice(left.to + 1, right.from);
  // Words written apart by spaces only, in the head's sentence: no comma, no full stop.
  const plain = middle.every((term) => term.post === ' ' || /^[’']$/u.test(term.post));
  const sameSentence = terms[right.from]?.sentence === head.sentence;
  return plain && sameSentence && isSentenceCaseMiddle(middle.map((term) => term.text));
}
