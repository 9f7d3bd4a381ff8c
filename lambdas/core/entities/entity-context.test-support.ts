import { readEntityTerms } from '../nlp/entity-terms.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';
import type { EntityContext, TermRange } from './entity-context.ts';

/** For tests: the entity context of `text`, and the range of `name` where the text first writes it. */
export function rangeIn(text: string, name: string): { context: EntityContext; range: TermRange } {
  const release = prepareText(text);
  const terms = readEntityTerms(parseRelease(release.text));
  const context: EntityContext = {
    text: release.text,
    terms,
    knownForms: new Set(),
    commonAcronyms: new Set(),
  };
  const start = release.text.indexOf(name);
  const from = terms.findIndex((term) => term.start === start);
  const to = terms.findIndex((term) => term.end === start + name.length);
  return { context, range: { from, to } };
}
