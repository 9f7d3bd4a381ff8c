import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a run holding a word no personal name holds names no person', () => {
  it.each<[string, string, string[]]>([
    [
      'a capitalized preposition inside a slogan',
      'The forum had as its theme "Eagles Beyond Borders: Knowledge for a Changing Coast".',
      [],
    ],
    [
      'a capitalized preposition in a campaign name after a noun',
      'The charity launched the campaign Voices Against Silence in March.',
      [],
    ],
    [
      'a noun for an activity ending a firm after a role noun',
      'Its clients include the grocery wholesaler Fairmont Fresh Distribution and others.',
      [],
    ],
    [
      'a name after a noun for a kind of firm',
      'Its software runs at sites operated by the wholesaler Fairmont Greens and others.',
      [],
    ],
    [
      'a surname the lexicon knows, with the ending of an activity noun',
      'The award went to the writer Jean Clement on Monday.',
      ['Jean Clement'],
    ],
    [
      'a name after a role noun, with no such word',
      'The award went to the writer Wilma Condori Ticona on Monday.',
      ['Wilma Condori Ticona'],
    ],
  ])('%s', (_case, text, names) => {
    expect(namesOf(entitiesOf(text).people)).toEqual(names);
  });
});
