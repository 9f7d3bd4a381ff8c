import nlp from 'compromise';
import type { View } from './compromise-types.ts';

import { attendanceWords } from './plugins/attendance-words.ts';
import { entityWords } from './plugins/entity-words.ts';
import { speechWords } from './plugins/speech-words.ts';

// The plugins extend compromise's one shared world, once per process (once per Lambda container).
nlp.plugin(entityWords);
nlp.plugin(attendanceWords);
nlp.plugin(speechWords);

/** A release parsed once by compromise; opaque outside `nlp/`, so compromise's untyped View never leaks. */
export interface ParsedRelease {
  readonly text: string;
  readonly view: View;
}

/**
 * Parses the working text of a release with Pressline's compromise world. Every extractor queries
 * this one parse: tagging is the expensive step, and it runs once per release.
 */
export function parseRelease(text: string): ParsedRelease {
  return { text, view: nlp(text) };
}
