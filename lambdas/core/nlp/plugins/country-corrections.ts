import type { Plugin } from '../compromise-types.ts';

/**
 * Countries and territories compromise's lexicon misses or misreads, by their English (CLDR) names:
 * "Laos" and "Philippines" it lists as peoples (demonyms, as if "the Laos" were a people), so that every
 * rule that keeps demonyms out of places dropped them; the others it does not know, and a sentence that
 * names them with no preposition of place ("Eswatini will sign") gave no cue at all, or read a
 * two-word name as a person's ("Western Sahara"). country-corrections.test.ts checks every CLDR
 * country name against the extractor, so a name compromise learns or forgets shows up there. Names
 * that are also given names ("Chad", "Jordan") or common words ("Réunion", folded to "reunion") are
 * left to the context: an entry would tag the word wherever it stands.
 */
export const countryCorrections: Plugin = {
  words: {
    laos: 'Country',
    philippines: 'Country',
    eswatini: 'Country',
    turkiye: 'Country',
    'new caledonia': 'Country',
    'western sahara': 'Country',
    'caribbean netherlands': 'Country',
  },
};
