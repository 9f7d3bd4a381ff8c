import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CITY_NAME_KEYS_BROTLI_BASE64 } from '../lambdas/core/nlp/city-names-data.ts';
import { selectCityNameKeys } from './city-names-selection.ts';

describe('the generated town list', () => {
  it('is what `npm run gazetteer` selects from the installed GeoNames data today', () => {
    const stored = brotliDecompressSync(Buffer.from(CITY_NAME_KEYS_BROTLI_BASE64, 'base64'))
      .toString('utf8')
      .split('\n');
    const selected = selectCityNameKeys();
    expect(selected.length).toBeGreaterThan(20_000);
    expect(stored).toEqual(selected);
  });
});
