import { brotliDecompressSync } from 'node:zlib';
import { cityNameKey } from './city-name-key.ts';
import { CITY_NAME_KEYS_BROTLI_BASE64 } from './city-names-data.ts';

let keys: ReadonlySet<string> | undefined;

/** The town keys, decompressed on the first lookup (about 10 ms, once per process). */
function cityNameKeys(): ReadonlySet<string> {
  keys ??= new Set(
    brotliDecompressSync(Buffer.from(CITY_NAME_KEYS_BROTLI_BASE64, 'base64')).toString('utf8').split('\n'),
  );
  return keys;
}

/**
 * Whether GeoNames lists a town of this name that compromise does not know: a town of 15,000 people
 * or more, or a capital ("Tamale", "Sokodé", "Ōita"). Names that are also words or given
 * names ("Orange", "Victoria") are not listed, and neither are the places compromise tags itself.
 *
 * @example
 * isListedCityName('Sokode') // true
 * isListedCityName('Orange') // false
 */
export function isListedCityName(name: string): boolean {
  return cityNameKeys().has(cityNameKey(name));
}
