import { type EntityContext, type TermRange, termBefore } from '../entities/entity-context.ts';
import { isAcronym, isCapitalized } from '../entities/entity-word-shape.ts';
import { isKnownPlace } from '../locations/locations.ts';
import type { EntityTerm } from '../nlp/entity-terms.ts';
import { hasOrganizationHead } from './organization-heads.ts';

/**
 * "East Kessu Lanta (EKL) Governor Jo Riva", then "EKL targets": an acronym the text defines in
 * parentheses right after a place's name is that place's short form, whatever its letters (a province's
 * name in its own language), and names no organization wherever the text uses it.
 *
 * @example
 * isPlaceShortForm(context, rangeOf('EKL')) // true after 'East Kessu Lanta (EKL)'
 * isPlaceShortForm(context, rangeOf('KRB')) // false after 'Kessel Rice Board (KRB)'
 */
export function isPlaceShortForm(context: EntityContext, range: TermRange): boolean {
  const only = context.terms[range.from];
  // A short form the text defines for a longer name ("... du fleuve Tarn (OMVT)") is that name's.
  if (range.from !== range.to || !only || !isAcronym(only.text) || context.knownForms.has(only.text))
    return false;
  const gap = (left: EntityTerm, right: EntityTerm) => context.text.slice(left.end, right.start);
  const defined = parenthesizedTerms(context).get(only.text);
  if (!defined) return false;
  // The run of capitalized words right before the parenthesis, in the same sentence.
  let from = defined.index;
  for (let previous = context.terms[from - 1]; previous; previous = context.terms[from - 1]) {
    const current = context.terms[from] as EntityTerm;
    const joined = from === defined.index || gap(previous, current) === ' ';
    if (previous.sentence !== defined.sentence || !isCapitalized(previous) || !joined) break;
    from--;
  }
  const place = { from, to: defined.index - 1 };
  // "Authority of the Tarn Valley (TVWA)", "... du fleuve Tarn (OMVT)": a place after a lower-case word
  // of a name ends that name; after a preposition of place ("in Tarn (TN)") it stands alone.
  const article = context.terms[from - 1]?.text === 'the' ? 2 : 1;
  const opener = termBefore(context, { from, to: from }, article);
  const named =
    opener !== undefined &&
    /^\p{Ll}/u.test(opener.text) &&
    opener.post === ' ' &&
    !PLACE_PREPOSITIONS.has(opener.text);
  return (
    from < defined.index && !named && isKnownPlace(context, place) && !hasOrganizationHead(context, place)
  );
}

/** Each context's words set alone in parentheses, found once: a look per candidate stays constant. */
const PARENTHESIZED = new WeakMap<EntityContext, Map<string, EntityTerm>>();

/** The first term of each text that stands alone in parentheses right after a word ("Kessu Lanta (EKL)"). */
function parenthesizedTerms(context: EntityContext): Map<string, EntityTerm> {
  let found = PARENTHESIZED.get(context);
  if (found !== undefined) return found;
  found = new Map();
  const gap = (left: EntityTerm, right: EntityTerm) => context.text.slice(left.end, right.start);
  for (const term of context.terms) {
    const previous = context.terms[term.index - 1];
    const next = context.terms[term.index + 1];
    const closes = next === undefined || /^\)/.test(gap(term, next)) || /\)/.test(term.post);
    if (previous !== undefined && gap(previous, term) === ' (' && closes && !found.has(term.text))
      found.set(term.text, term);
  }
  PARENTHESIZED.set(context, found);
  return found;
}

/** Prepositions after which a place's name stands alone. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'across', 'near', 'around', 'throughout']);
