import type { ParsedRelease } from './nlp/world.ts';
import type { Entities, ReleaseText } from './types.ts';

/** Organizations, people and places named in the release, with every mention of each. */
export function extractEntities(_release: ReleaseText, _parsed: ParsedRelease): Entities {
  return { organizations: [], people: [], locations: [], mentions: [] };
}
