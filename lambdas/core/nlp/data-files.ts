import { readFileSync } from 'node:fs';

/**
 * The folder of the extractor's data files, beside this module in the sources and beside the bundle
 * once deployed (the stack and the bench copy it there). Lists too large to carry in the JavaScript
 * bundle live in it: a file is read in well under a millisecond, while every kilobyte of code is
 * parsed at each cold start.
 */
export const DATA_FOLDER = 'data';

/**
 * The bytes of one data file. The path is resolved from this module's URL, which in a bundle is the
 * bundle's own, so the same call reads `lambdas/core/nlp/data/` from the sources and `data/` beside
 * `index.mjs` in a deployed function.
 *
 * This is the one module of the core that touches the file system (the lint rule that keeps the core
 * pure leaves it out): it reads the extractor's own read-only data, shipped with the code, never a
 * release or any other input, so `extract` stays a function of its text.
 */
export function readDataFile(name: string): Buffer {
  return readFileSync(new URL(`./${DATA_FOLDER}/${name}`, import.meta.url));
}
