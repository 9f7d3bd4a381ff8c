import { type ParsedRelease, parsedTerms } from './world.ts';

/** Where compromise sees verbs in the working text, to tell a reported clause from a bare noun phrase. */
export interface VerbIndex {
  /** True when a verb starts in [start, end), or when the index cannot tell (a parse of another text). */
  hasVerbWithin(start: number, end: number): boolean;
  /** True when a past-tense verb starts at `start` ("thanked"); false when the index cannot tell. */
  isPastTenseAt(start: number): boolean;
}

/**
 * Indexes the start offset of every verb of the one shared parse, in one pass over its terms. A reported clause
 * after "said" has a verb ("said the survey will be repeated"); "said goodbye to the crew" has none.
 *
 * @example
 * const release = prepareText('He said goodbye. She said it will rain.');
 * const verbs = indexVerbs(parseRelease(release.text), release.text);
 * verbs.hasVerbWithin(8, 16) // false ("goodbye")
 * verbs.hasVerbWithin(26, 38) // true ("it will rain")
 * verbs.isPastTenseAt(3) // true ("said")
 */
export function indexVerbs(parsed: ParsedRelease, text: string): VerbIndex {
  if (parsed.text !== text) return { hasVerbWithin: () => true, isPastTenseAt: () => false };
  // Terms come in text order, so the offsets come sorted.
  const verbs = parsedTerms(parsed)
    .flat()
    .filter((term) => term.tags.has('Verb'));
  const starts = verbs.map((term) => term.offset.start);
  const pastStarts = new Set(
    verbs.filter((term) => term.tags.has('PastTense')).map((term) => term.offset.start),
  );
  return {
    hasVerbWithin(start: number, end: number): boolean {
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((starts[mid] ?? 0) < start) low = mid + 1;
        else high = mid;
      }
      return (starts[low] ?? Number.POSITIVE_INFINITY) < end;
    },
    isPastTenseAt(start: number): boolean {
      return pastStarts.has(start);
    },
  };
}
