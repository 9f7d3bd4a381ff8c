import { describe, expect, it } from 'vitest';
import { readEntityTerms } from '../nlp/entity-terms.ts';
import { parseRelease } from '../nlp/world.ts';
import { isAcronym, isCapitalized, isInitial } from './entity-word-shape.ts';

/** The term written `word` in `text`. */
function termIn(text: string, word: string) {
  const term = readEntityTerms(parseRelease(text)).find((candidate) => candidate.text === word);
  if (!term) throw new Error(`no term ${word} in ${text}`);
  return term;
}

describe('isCapitalized: a word written like a name', () => {
  it.each([
    ['a capital', 'She flew to Tarvel on Monday.', 'Tarvel', true],
    ['an elided article before a capital', "The envoy reached Val d'Orsa by noon.", "d'Orsa", true],
    [
      'an Arabic article before a family name',
      'The award went to Omar al-Kassem this year.',
      'al-Kassem',
      true,
    ],
    ['a lower-case prefix before a capital', 'The clinic opened in eMbali last week.', 'eMbali', true],
    ['a click letter before a capital', 'Farms in the ǁKessu Region grew.', 'ǁKessu', true],
    ['two click letters inside a name', 'Residents of ǃOrvaǂTu voted.', 'ǃOrvaǂTu', true],
    ['the ʻokina before a capital', 'Canoes left ʻOrvalu at dawn.', 'ʻOrvalu', true],
    ['a click letter before a small letter', 'The word ǃxo means nothing here.', 'ǃxo', false],
    ['a month', 'The fair opens in June next year.', 'June', false],
    ['a word in lower case', 'The river rose overnight.', 'river', false],
  ])('%s: %s', (_case, text, word, expected) => {
    expect(isCapitalized(termIn(text, word))).toBe(expected);
  });
});

describe('isAcronym: all capitals, two letters or more', () => {
  it.each([
    ['BMX', true],
    ['U.N.', true],
    ['Velmar', false],
    ['A', false],
    ['24-7', false],
  ])('%s', (text, expected) => {
    expect(isAcronym(text)).toBe(expected);
  });
});

describe('isInitial: a single capital letter, with or without its full stop', () => {
  it.each([
    ['Ilse K. Varga spoke.', 'K', true],
    ['Ilse Varga spoke.', 'Ilse', false],
  ])('%s: %s', (text, word, expected) => {
    expect(isInitial(termIn(text, word))).toBe(expected);
  });
});
