import { readEntityTerms } from '../nlp/entity-terms.ts';
import { parseRelease } from '../nlp/world.ts';
import { findNameSpans } from './entity-spans.ts';

/** The texts of the name spans of `text`. */
export function spansOf(text: string): string[] {
  return findNameSpans(readEntityTerms(parseRelease(text)), text).map((span) => span.text);
}
