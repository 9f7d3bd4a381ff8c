import type { Quote } from '../model/press-record.ts';
import type { ParsedRelease } from './nlp/world.ts';
import type { Entities, ReleaseText } from './types.ts';

/** Direct and reported speech, each attributed to a listed person or organization where the text allows. */
export function extractQuotes(_release: ReleaseText, _parsed: ParsedRelease, _entities: Entities): Quote[] {
  return [];
}
