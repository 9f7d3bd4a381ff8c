import { type EntityContext, rangeTerms, type TermRange, termAfter } from '../entities/entity-context.ts';

/** Lower-case nouns for a way between places, which a hyphenated pair of names before them joins. */
const ROUTE_NOUNS = new Set([
  'road',
  'highway',
  'motorway',
  'expressway',
  'railway',
  'railroad',
  'rail',
  'line',
  'route',
  'corridor',
  'section',
  'stretch',
  'link',
  'pipeline',
  'canal',
  'bridge',
  'tunnel',
  'ferry',
  'flight',
  'flights',
  'border',
]);

/**
 * Whether the word is a lower-case noun for a way between places ("road", "flights", "corridor").
 *
 * @example
 * isRouteNoun('highway') // true; isRouteNoun('talks') // false
 */
export function isRouteNoun(word: string): boolean {
  return ROUTE_NOUNS.has(word);
}

/** One name inside a hyphenated route, with its offsets in the working text. */
export interface RouteEndpoint {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * "the Tarvel-Ostrana-Kessu road", "the Marvik-Oskel section": capitalized names joined by hyphens
 * before a noun for a way between places are the places it joins, each one of them.
 *
 * @example
 * routeEndpoints(context, rangeOf('Tarvel-Ostrana')).map((p) => p.text) // ['Tarvel', 'Ostrana'] before 'road'
 */
export function routeEndpoints(context: EntityContext, range: TermRange): RouteEndpoint[] {
  const terms = rangeTerms(context, range);
  const only = terms[0];
  const after = termAfter(context, range);
  if (terms.length !== 1 || only === undefined || after === undefined || !ROUTE_NOUNS.has(after.text))
    return [];
  if (only.possessive || only.post.trim() !== '') return [];
  const parts = only.text.split(/[-–]/);
  // Each part a name of its own: capitalized, then in lower case, and more than one letter.
  if (parts.length < 2 || parts.length > 5 || !parts.every((part) => /^\p{Lu}\p{Ll}+$/u.test(part)))
    return [];
  const endpoints: RouteEndpoint[] = [];
  let start = only.start;
  for (const part of parts) {
    endpoints.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return endpoints;
}
