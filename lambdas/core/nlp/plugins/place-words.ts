import nlp from 'compromise';
import type { Plugin } from '../compromise-types.ts';
import { DIVISIONS_BY_COUNTRY } from './place-gazetteer.ts';

/** compromise's own lexicon, read to leave the tags it already gives a name alone. */
const KNOWN = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

/**
 * The gazetteer's names as compromise lexicon entries, tagged as regions: lower case, a hyphen read as the
 * space compromise splits it at ("Tawi-Tawi" is two words to it), names it already knows skipped.
 */
function gazetteerWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const names of Object.values(DIVISIONS_BY_COUNTRY)) {
    for (const name of names.split('|')) {
      const key = name.toLowerCase().replace(/-/g, ' ');
      if (KNOWN[key] === undefined) words[key] = 'Region';
    }
  }
  return words;
}

/** Divisions of countries compromise does not know, as places. */
export const placeWords: Plugin = { words: gazetteerWords() };
