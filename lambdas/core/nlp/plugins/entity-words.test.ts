import { describe, expect, it } from 'vitest';
import { parsedTerms, parseRelease } from '../world.ts';
import { vocabularyTagsOf } from './entity-words.ts';

/** The tags the parse gives `word` in `sentence`. */
function tagsOf(sentence: string, word: string): string[] {
  for (const terms of parsedTerms(parseRelease(sentence)))
    for (const term of terms) if (term.text === word) return [...term.tags];
  throw new Error(`${word} is not a term of ${sentence}`);
}

describe('legal forms among the heads of organization names', () => {
  it.each([
    ['a company form in capitals', 'Orvalia Minerals SA opened a mine.', 'SA'],
    ['a company form as its register writes it', 'Kessler Werkzeug GmbH hired 40 fitters.', 'GmbH'],
    ['a company form in a shouted line', 'ORVALIA MINERALS SA OPENS A MINE', 'SA'],
  ])('head a name written in their case: %s', (_phenomenon, sentence, word) => {
    expect(tagsOf(sentence, word)).toContain('EntOrgSuffix');
  });

  it.each([
    ['a syllable of a Vietnamese name', 'The ferry left Cua Lo Sa for the islands.', 'Sa'],
    ['a word of a street name', 'The stall stands on Ag Alley in Tarvel.', 'Ag'],
  ])('are words of a name in another case: %s', (_phenomenon, sentence, word) => {
    expect(tagsOf(sentence, word)).not.toContain('EntOrgSuffix');
  });

  it('are looked up in the case they are written', () => {
    expect(vocabularyTagsOf('SA')).toContain('EntOrgSuffix');
    expect(vocabularyTagsOf('Sa')).not.toContain('EntOrgSuffix');
    expect(vocabularyTagsOf('Foundation')).toContain('EntOrgSuffix');
  });
});
