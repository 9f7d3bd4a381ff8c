import type { EntityTerm } from '../nlp/entity-terms.ts';
import { makeSpan, type NameSpan } from './name-span.ts';

/** Capitalized heads of the name of a way between two places ("Highway", "Road", "Railway"). */
const ROUTE_HEADS = new Set(['Highway', 'Road', 'Motorway', 'Expressway', 'Railway', 'Railroad', 'Corridor']);

/**
 * "the Tarvo–Kessu Highway", "the Orvel-Marvik Road": the names of the two ends, joined by a dash with no
 * space, before the capitalized head of a way between them, are one name: the run cut at the dash is
 * joined again. A dash between spaces parts two names, and a lower-case noun ("the Tarvo–Kessu road")
 * is another rule's (the two ends are places).
 *
 * @example
 * joinDashedRouteNames(terms, spans, text) // ['Tarvo', 'Kessu Highway'] becomes ['Tarvo–Kessu Highway']
 */
export function joinDashedRouteNames(
  terms: readonly EntityTerm[],
  spans: readonly NameSpan[],
  text: string,
): NameSpan[] {
  const joined: NameSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    const end = previous ? terms[previous.to] : undefined;
    const head = terms[span.to];
    const dashed =
      previous !== undefined &&
      end !== undefined &&
      previous.to + 1 === span.from &&
      /^[–—-]$/.test(end.post) &&
      span.to > span.from &&
      ROUTE_HEADS.has(head?.text ?? '');
    if (dashed) joined[joined.length - 1] = makeSpan(terms, previous.from, span.to, text);
    else joined.push(span);
  }
  return joined;
}
