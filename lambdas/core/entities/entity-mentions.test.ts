import { describe, expect, it } from 'vitest';
import { findEntityMentions, type NamedEntity } from './entity-mentions.ts';

const person = (name: string, aliases: string[] = []): NamedEntity => ({ kind: 'person', name, aliases });
const organization = (name: string, aliases: string[] = []): NamedEntity => ({
  kind: 'organization',
  name,
  aliases,
});

describe('findEntityMentions', () => {
  it.each([
    [
      'a surname used alone',
      'Jane Okoro spoke. Okoro left.',
      [person('Jane Okoro')],
      ['Jane Okoro', 'Okoro'],
    ],
    [
      'the first word of a three-word name',
      'Tevita Lolo Fifita spoke. Tevita left.',
      [person('Tevita Lolo Fifita')],
      ['Tevita Lolo Fifita', 'Tevita'],
    ],
    ['a possessive form', "Okoro's plan", [person('Jane Okoro')], ['Okoro']],
    [
      'an acronym alias',
      'The Sea Trust (ST) met. ST said yes.',
      [organization('Sea Trust', ['ST'])],
      ['Sea Trust', 'ST', 'ST'],
    ],
    ['no part of a longer word', 'Okorofield grew.', [person('Jane Okoro')], []],
  ])('finds %s', (_case, text, entities, texts) => {
    expect(findEntityMentions(text, entities).map((mention) => mention.text)).toEqual(texts);
  });

  it('leaves out a surname that two people share', () => {
    const entities = [person('Min Lee'), person('Joon Lee')];
    const mentions = findEntityMentions('Min Lee and Joon Lee met. Lee spoke.', entities);
    expect(mentions.map((m) => m.text)).toEqual(['Min Lee', 'Joon Lee']);
  });

  it('adds a derived form the text uses to the aliases, with offsets into the text', () => {
    const text = 'Jane Okoro spoke. Okoro left.';
    const entity = person('Jane Okoro');
    const mentions = findEntityMentions(text, [entity]);
    expect(entity.aliases).toEqual(['Okoro']);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.every((m) => m.name === 'Jane Okoro' && m.kind === 'person')).toBe(true);
  });
});
