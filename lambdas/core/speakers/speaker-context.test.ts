import { describe, expect, it } from 'vitest';
import { contextOf, entitiesNamed } from './speaker-context.test-support.ts';
import { mentionsWithin, noteSpeaker } from './speaker-context.ts';

const entities = entitiesNamed(['Odile Marchetti', 'Tomasz Wren'], ['Kelso Harbour Trust']);

describe('createSpeakerContext: the subjects of each sentence', () => {
  it.each<[string, string, Array<[string, boolean]>]>([
    [
      'the first person and the first organization of a sentence',
      'Odile Marchetti met Tomasz Wren at the Kelso Harbour Trust.',
      [
        ['Odile Marchetti', true],
        ['Kelso Harbour Trust', false],
      ],
    ],
    [
      'one subject of each kind per sentence, in every sentence',
      'Tomasz Wren spoke. Later that day the Kelso Harbour Trust and Odile Marchetti replied.',
      [
        ['Tomasz Wren', true],
        ['Kelso Harbour Trust', false],
        ['Odile Marchetti', false],
      ],
    ],
    ['a name inside quotation marks is no subject', 'She said "Tomasz Wren was right" to the press.', []],
  ])('%s', (_case, text, expected) => {
    const subjects = contextOf(text, entities).subjects.map((event) => [event.name, event.leading]);
    expect(subjects).toEqual(expected);
  });
});

describe('mentionsWithin', () => {
  const text = 'Odile Marchetti and Tomasz Wren joined the Kelso Harbour Trust.';
  it.each<[string, number, number, string[]]>([
    ['the whole text', 0, text.length, ['Odile Marchetti', 'Tomasz Wren', 'Kelso Harbour Trust']],
    [
      'a range that starts inside a mention leaves that mention out',
      1,
      text.length,
      ['Tomasz Wren', 'Kelso Harbour Trust'],
    ],
    ['an empty range', 16, 16, []],
  ])('%s', (_case, start, end, expected) => {
    expect(mentionsWithin(contextOf(text, entities), start, end).map((mention) => mention.name)).toEqual(
      expected,
    );
  });
});

describe('noteSpeaker', () => {
  it('records the speaker as a leading event at its offset', () => {
    const context = contextOf('Tomasz Wren spoke.', entities);
    noteSpeaker(context, { name: 'Tomasz Wren', kind: 'person' }, 0);
    expect(context.speakers).toEqual([{ name: 'Tomasz Wren', kind: 'person', offset: 0, leading: true }]);
  });
});
