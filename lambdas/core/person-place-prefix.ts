import { type EntityContext, rangeTerms, type TermRange, termBefore } from './entity-context.ts';
import { isKnownPlace } from './locations.ts';
import { looksLikeName } from './people.ts';
import { isTitleWord } from './person-words.ts';

/** Prepositions that close a title on the place of its post ("Ambassador in Lima", "Consul at Oporto"). */
const POST_PREPOSITIONS = new Set(['in', 'at']);

/** How far back, in words, the title of a post may open before its place. */
const TITLE_REACH = 10;

/**
 * "Deputy Chief of Mission of the Embassy in Lima Ana Ruiz Vidal": the place that closes a title runs
 * into the capitals of the name after it. When a run opens with a place the gazetteer knows, after
 * "in"/"at" that end a title in the same clause ("the consul in Lima Ana Ruiz"), and the rest of the run reads as a name of
 * two words or more, returns the place's range and the name's; null otherwise.
 *
 * @example
 * splitPostPlace(context, rangeOf('Lima Ana Ruiz')) // [{ Lima }, { Ana Ruiz }]
 */
export function splitPostPlace(context: EntityContext, range: TermRange): [TermRange, TermRange] | null {
  if (range.to - range.from < 2) return null;
  const preposition = termBefore(context, range);
  if (!preposition || !POST_PREPOSITIONS.has(preposition.text) || preposition.post.trim() !== '') return null;
  const place = { from: range.from, to: range.from };
  const name = { from: range.from + 1, to: range.to };
  if (context.terms[range.from]?.post.trim() !== '' || !isKnownPlace(context, place)) return null;
  if (isKnownPlace(context, name) || !looksLikeName(context, name)) return null;
  if (rangeTerms(context, name).some((term) => term.tags.has('Place'))) return null;
  for (let distance = 2; distance <= TITLE_REACH; distance++) {
    const term = termBefore(context, range, distance);
    if (!term || /[,;:.()]/.test(term.post)) return null;
    if (isTitleWord(term)) return [place, name];
  }
  return null;
}
