import { describe, expect, it } from 'vitest';
import type { Entities } from '../types.ts';
import { collectSpeakerMentions } from './speaker-mentions.ts';

const entities: Entities = {
  people: [
    { name: 'Kwame Asante-Boateng', aliases: [] },
    { name: 'Mei Tanaka', aliases: [] },
    { name: 'Jun Tanaka', aliases: [] },
    { name: 'Fatima bin Khalid', aliases: [] },
  ],
  organizations: [{ name: 'Lakeside Rowing Federation', aliases: ['LRF'] }],
  locations: [{ name: 'Asante Bay' }],
  mentions: [],
};

function mentioned(text: string): Array<[string, string]> {
  return collectSpeakerMentions(text, entities).map((mention) => [mention.text, mention.name]);
}

describe('collectSpeakerMentions', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a full name', 'Kwame Asante-Boateng spoke.', [['Kwame Asante-Boateng', 'Kwame Asante-Boateng']]],
    ['a surname alone', 'Asante-Boateng spoke.', [['Asante-Boateng', 'Kwame Asante-Boateng']]],
    ['an alias', 'The LRF met.', [['LRF', 'Lakeside Rowing Federation']]],
    ['a possessive', "Kwame's boat won.", [['Kwame', 'Kwame Asante-Boateng']]],
    ['a surname two people share names nobody', 'Tanaka spoke.', []],
    ['a given name that another person shares is still distinctive', 'Mei spoke.', [['Mei', 'Mei Tanaka']]],
    ['a particle names nobody', 'The bin was full.', []],
    ['a name part inside a word does not count', 'Meiji era.', []],
    ['the longest mention wins', 'Fatima bin Khalid spoke.', [['Fatima bin Khalid', 'Fatima bin Khalid']]],
    [
      'an acronym defined after the name, whatever its letters',
      'The Lakeside Rowing Federation (FAL) met. According to FAL, rowing grew.',
      [
        ['Lakeside Rowing Federation', 'Lakeside Rowing Federation'],
        ['FAL', 'Lakeside Rowing Federation'],
        ['FAL', 'Lakeside Rowing Federation'],
      ],
    ],
    [
      'a capitalized word in parentheses is no acronym',
      'The Lakeside Rowing Federation (Lakeside) met. Lakeside grew.',
      [['Lakeside Rowing Federation', 'Lakeside Rowing Federation']],
    ],
    ['an acronym in parentheses after no listed name', 'The Harbour Board (HB) met. HB grew.', []],
  ])('%s', (_name, text, expected) => {
    expect(mentioned(text)).toEqual(expected);
  });

  it('keeps the entity extractor mentions and adds none twice', () => {
    const withMentions: Entities = {
      ...entities,
      mentions: [{ start: 0, end: 4, text: 'Coach', kind: 'person', name: 'Mei Tanaka' }],
    };
    const found = collectSpeakerMentions('Coach Mei Tanaka spoke.', withMentions);
    expect(found.map((mention) => mention.text)).toEqual(['Coach', 'Mei Tanaka']);
  });
});

describe('collectSpeakerMentions: a part of a name inside another name', () => {
  const people: Entities = {
    people: [{ name: 'Rosa Delfina Quilca Mamani', aliases: [] }],
    organizations: [],
    locations: [],
    mentions: [],
  };
  const parts = (text: string) => collectSpeakerMentions(text, people).map((mention) => mention.text);
  it.each<[string, string, string[]]>([
    ['after a place word it is another name', 'Rates fell in Puerto Delfina and Oruro.', []],
    ['after a title it is the person', 'Minister Quilca said rates fell.', ['Quilca']],
    ['after an honorific it is the person', 'Dr Quilca said rates fell.', ['Quilca']],
    ['after a lower-case word it is the person', 'Rates fell, said Quilca.', ['Quilca']],
    ['the full name stays whole', 'Rosa Delfina Quilca Mamani spoke.', ['Rosa Delfina Quilca Mamani']],
  ])('%s', (_phenomenon, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});
