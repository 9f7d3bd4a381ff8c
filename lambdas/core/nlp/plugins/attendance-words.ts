import type { Plugin } from '../compromise-types.ts';

/** Vocabulary and tags for the attendance extractor. */
export const attendanceWords: Plugin = {
  words: {},
};
