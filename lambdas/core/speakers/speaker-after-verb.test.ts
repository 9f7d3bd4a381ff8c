import { describe, expect, it } from 'vitest';
import { findSpeakerAfterVerb } from './speaker-after-verb.ts';
import { contextOf, entitiesNamed } from './speaker-context.test-support.ts';

const entities = entitiesNamed(['Saoirse Tallon', 'Idris Mbeki'], ['Harrowgate Seed Bank']);
const OPENING = 'Seed Bank Director Idris Mbeki opened the vault. ';

/** The speaker named after the last "said" of `sentence`, read after the opening. */
function speakerAfter(sentence: string): string | null {
  const text = OPENING + sentence;
  const from = text.lastIndexOf('said') + 'said'.length;
  return findSpeakerAfterVerb(contextOf(text, entities), from, text.length)?.name ?? null;
}

describe('findSpeakerAfterVerb', () => {
  it.each<[string, string, string | null]>([
    ['a name right after the verb', '"It is cold," said Saoirse Tallon.', 'Saoirse Tallon'],
    [
      'a person over an organization before the comma',
      '"It is cold," said Harrowgate Seed Bank curator Saoirse Tallon.',
      'Saoirse Tallon',
    ],
    ['an organization', '"It is cold," said the Harrowgate Seed Bank.', 'Harrowgate Seed Bank'],
    ['a pronoun', '"It is cold," said he.', 'Idris Mbeki'],
    ['"the <title>"', '"It is cold," said the director.', 'Idris Mbeki'],
    [
      'a description, then the person after its comma',
      '"It is cold," said the bank’s curator, Saoirse Tallon.',
      'Saoirse Tallon',
    ],
    [
      'a name after the first comma is not the speaker',
      '"It is cold," said a visitor, standing near Saoirse Tallon.',
      null,
    ],
  ])('%s', (_case, sentence, expected) => {
    expect(speakerAfter(sentence)).toBe(expected);
  });
});
