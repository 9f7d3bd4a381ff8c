import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';
import type { Entities } from '../types.ts';
import { extractEntities } from './entities.ts';

/** The entities of a text, read as `extract` reads a release. */
export function entitiesOf(text: string): Entities {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text));
}

/** The names of listed entities, in order. */
export const namesOf = (list: readonly { name: string }[]): string[] => list.map((entity) => entity.name);
