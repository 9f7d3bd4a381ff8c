import nlp from 'compromise';
import type { View } from './compromise-types.ts';

import { attendanceWords } from './plugins/attendance-words.ts';
import { countryCorrections } from './plugins/country-corrections.ts';
import { entityWords } from './plugins/entity-words.ts';
import { placeWords } from './plugins/place-words.ts';
import { speechWords } from './plugins/speech-words.ts';
import { tagCorrections } from './plugins/tag-corrections.ts';

// The plugins extend compromise's one shared world, once per process (once per Lambda container).
nlp.plugin(entityWords);
nlp.plugin(placeWords);
nlp.plugin(countryCorrections);
nlp.plugin(attendanceWords);
nlp.plugin(speechWords);
nlp.plugin(tagCorrections);

/**
 * The compute steps of a parse: compromise's own, minus its noun- and verb-phrase chunker. No
 * extractor reads chunks (they query tags and terms), and chunking costs about a tenth of a parse.
 */
const PARSE_HOOKS: readonly string[] = nlp.hooks().filter((hook: string) => hook !== 'chunks');

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
  return {
    text,
    view: withHooks(PARSE_HOOKS, () =>
      nlp(detachDoubleHyphens(blankLongWordlessOpening(boundSentenceLength(text)))),
    ),
  };
}

/**
 * Runs `parse` with the world's list of compute steps set to `hooks`. compromise reads the list from
 * its one shared world when a parse starts and offers no per-call option; the list is restored at
 * once, so any other parse in the process (a bare baseline, another plugin's) runs every step.
 */
function withHooks(hooks: readonly string[], parse: () => View): View {
  const world = nlp.world() as { hooks: string[] };
  const all = world.hooks;
  world.hooks = [...hooks];
  try {
    return parse();
  } finally {
    world.hooks = all;
  }
}

/** A double hyphen between two words with no space: a typed dash ("plan--which", "LONDON--(BUSINESS WIRE)--"). */
const GLUED_DOUBLE_HYPHEN = /(?<=[\p{L}\p{N})\]])-(?=-[\p{L}\p{N}([])/gu;

/**
 * compromise splits words at spaces only, so a dash typed as two hyphens between words glues them
 * into one term ("LONDON--(BUSINESS", "WIRE)--March"). The first hyphen becomes a space for the
 * parse alone: the length, and so every offset, stays the same, and the release text keeps its dash.
 *
 * @example
 * detachDoubleHyphens('LONDON--(BUSINESS WIRE)--Today') // 'LONDON -(BUSINESS WIRE) -Today'
 */
export function detachDoubleHyphens(text: string): string {
  return text.replace(GLUED_DOUBLE_HYPHEN, ' ');
}

/** A letter, number or symbol, as compromise's sentence splitter tells a sentence from punctuation. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{So}]/u;

/**
 * compromise glues every chunk without a letter onto the next chunk, re-testing the growing string
 * each time, so an opening of punctuation alone (a crafted file of quotation marks) costs time that
 * grows with the square of its length. Such an opening holds no word to tag; past
 * MAX_PARSED_SENTENCE characters it becomes spaces, which compromise reads as one chunk. The length,
 * and so every offset, stays the same; a release opens with words and is never touched.
 *
 * @example
 * blankLongWordlessOpening('"Hi," she said.') // '"Hi," she said.'
 */
export function blankLongWordlessOpening(text: string): string {
  const firstWord = text.search(WORD_CHARACTER);
  const opening = firstWord < 0 ? text.length : firstWord;
  if (opening <= MAX_PARSED_SENTENCE) return text;
  return ' '.repeat(opening) + text.slice(opening);
}

/** One of compromise's own term objects, read in place (never changed) with its character offsets. */
export interface ParsedTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: ReadonlySet<string>;
  readonly offset: { readonly start: number; readonly length: number };
}

/**
 * The terms of a parse, sentence by sentence, with offsets into the working text. Reading them in
 * place is much cheaper than a `.match(...)` over the whole release followed by `.json()`, which
 * copies every term it returns; a query for terms by tag is a loop over these.
 */
export function parsedTerms(parsed: ParsedRelease): readonly (readonly ParsedTerm[])[] {
  parsed.view.compute('offset');
  return parsed.view.docs as unknown as ParsedTerm[][];
}

/** Longest run of characters compromise is given without a sentence break. */
export const MAX_PARSED_SENTENCE = 1000;

/**
 * compromise's tagging time grows faster than linearly with the length of one sentence (a 200 KB
 * run-on line takes ten times a 100 KB one), so a crafted file could stall the pipeline. Where a
 * sentence runs on past MAX_PARSED_SENTENCE characters, the next space becomes a line break, which
 * compromise treats as a sentence break; a run with no space at all (no language has one) is cut
 * wherever it passes twice that. The length, and so every offset, stays the same; real sentences are
 * far shorter and are never touched.
 *
 * @example
 * boundSentenceLength('short. text') // 'short. text'
 */
export function boundSentenceLength(text: string): string {
  const breaks: number[] = [];
  let sinceBreak = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || char === '.' || char === '!' || char === '?') sinceBreak = 0;
    else if (++sinceBreak > MAX_PARSED_SENTENCE && (char === ' ' || sinceBreak > 2 * MAX_PARSED_SENTENCE)) {
      breaks.push(i);
      sinceBreak = 0;
    }
  }
  if (breaks.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of breaks) {
    parts.push(text.slice(from, at), '\n');
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
