import type { Plugin } from '../compromise-types.ts';

/** Vocabulary and tags for the speech extractor. */
export const speechWords: Plugin = {
  words: {},
};
