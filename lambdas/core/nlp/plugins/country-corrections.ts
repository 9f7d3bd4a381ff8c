import type { Plugin } from '../compromise-types.ts';

/**
 * Countries compromise's lexicon lists as peoples (demonyms, as if "the Laos" were a people), so that
 * every rule that keeps demonyms out of places dropped them. They are the only English country names
 * it lists so: country-corrections.test.ts checks the CLDR name of every ISO 3166 region against the
 * world, and fails when compromise lists another (or stops listing these).
 */
export const countryCorrections: Plugin = {
  words: { laos: 'Country', philippines: 'Country' },
};
