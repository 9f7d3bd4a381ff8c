import { type EntityContext, rangeTerms, type TermRange, termAfter } from '../entities/entity-context.ts';
import { isCapitalized } from '../entities/entity-word-shape.ts';
import { isTitleWord } from '../people/people.ts';

const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'EntLexPlace'];

/** Words a title's field runs through ("Director of Health and Community Services"). */
const FIELD_CONNECTORS = new Set(['of', 'for', 'and', '&']);

/**
 * "Director of Health and Community Services at the Tarvel City Council", "Head of Guest Relations at
 * Orvo Hotels": the words after a title's "of" or "for", right before "at" and the workplace, name a
 * department of that workplace, no organization of its own.
 *
 * @example
 * isDepartmentAtWorkplace(context, rangeOf('Community Services')) // true in 'Director of Community Services at the Tarvel Council'
 */
export function isDepartmentAtWorkplace(context: EntityContext, range: TermRange): boolean {
  const at = termAfter(context, range);
  const article = termAfter(context, range, 2)?.text === 'the' ? 1 : 0;
  const workplace = termAfter(context, range, 2 + article);
  if (at?.text !== 'at' || context.terms[range.to]?.post !== ' ' || !workplace || !isCapitalized(workplace))
    return false;
  // "Vice President for Asia at the Book Fair": a region the office covers is a place, no department.
  if (rangeTerms(context, range).some((term) => PLACE_TAGS.some((tag) => term.tags.has(tag)))) return false;
  // Back over the field to the title: "Director of Health and" before "Community Services".
  for (let index = range.from - 1; index >= Math.max(0, range.from - 8); index--) {
    const term = context.terms[index];
    if (term?.post.trim() !== '') return false;
    const connector = context.terms[index + 1];
    if (isTitleWord(term) && isCapitalized(term) && ['of', 'for'].includes(connector?.text ?? ''))
      return true;
    if (!isCapitalized(term) && !FIELD_CONNECTORS.has(term.text)) return false;
  }
  return false;
}
