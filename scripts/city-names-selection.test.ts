import { describe, expect, it } from 'vitest';
import { cityNameKeys } from '../lambdas/core/nlp/city-names.ts';
import { selectCityNameKeys } from './city-names-selection.ts';

describe('the generated town list', () => {
  it('is what `npm run gazetteer` selects from the installed GeoNames data today', () => {
    const selected = selectCityNameKeys();
    expect(selected.length).toBeGreaterThan(20_000);
    expect(cityNameKeys()).toEqual(selected);
  });
});
