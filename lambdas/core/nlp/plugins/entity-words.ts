import type { Plugin } from '../compromise-types.ts';

/** Vocabulary and tags for the entity extractor. */
export const entityWords: Plugin = {
  words: {},
};
