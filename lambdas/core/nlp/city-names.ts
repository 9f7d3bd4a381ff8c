import { brotliDecompressSync } from 'node:zlib';
import { cityNameKey } from './city-name-key.ts';
import { readDataFile } from './data-files.ts';

let keys: readonly string[] | undefined;

/** The data file `npm run gazetteer` writes: the town keys, sorted, one per line, brotli-compressed. */
export const CITY_NAMES_FILE = 'city-names.br';

/**
 * The town keys in their stored (sorted) order, read and decompressed on the first lookup (about 10 ms,
 * once per process). A binary search reads them; building a set of 21,000 strings would add as much again.
 */
export function cityNameKeys(): readonly string[] {
  keys ??= brotliDecompressSync(readDataFile(CITY_NAMES_FILE)).toString('utf8').split('\n');
  return keys;
}

/** Whether the sorted `list` holds `key`. */
function holds(list: readonly string[], key: string): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const at = list[mid] as string;
    if (at === key) return true;
    if (at < key) low = mid + 1;
    else high = mid;
  }
  return false;
}

/**
 * Whether GeoNames lists a town of this name that compromise does not know: a town of 15,000 people
 * or more, or a capital ("Sialkot", "Sokodé", "Ōita"). Names that are also words or given
 * names ("Orange", "Victoria") are not listed, and neither are the places compromise tags itself.
 *
 * @example
 * isListedCityName('Sokode') // true
 * isListedCityName('Orange') // false
 */
export function isListedCityName(name: string): boolean {
  return holds(cityNameKeys(), cityNameKey(name));
}
