import { describe, expect, it } from 'vitest';
import { prepareText } from '../release-text.ts';
import { findVerbGroups, type VerbTense } from './verb-tenses.ts';
import { parseRelease } from './world.ts';

function groupsOf(text: string): Array<[string, VerbTense]> {
  const release = prepareText(text);
  return findVerbGroups(parseRelease(release.text), release.text).map((group) => [
    release.text.slice(group.start, group.end),
    group.tense,
  ]);
}

describe('findVerbGroups', () => {
  it.each<[string, string, Array<[string, VerbTense]>]>([
    ['a past verb', 'The board approved the budget.', [['approved', 'past']]],
    ['a modal', 'Crews would inspect the dams.', [['would inspect', 'future']]],
    ['"will"', 'The hall will open soon.', [['will open', 'future']]],
    ['a present verb', 'The ward reopens soon.', [['reopens', 'present']]],
    ['a perfect', 'The mayor has been elected.', [['has been elected', 'past']]],
    ['a present passive', 'The bill is being debated.', [['is being debated', 'present']]],
    [
      'an infinitive after "to"',
      'The museum is expected to open soon.',
      [
        ['is expected', 'present'],
        ['open', 'future'],
      ],
    ],
    ['a gerund', 'Speaking to reporters, she smiled.', [['smiled', 'past']]],
    ['a participle after a determiner', 'The scheduled talks ended early.', [['ended', 'past']]],
    ['a noun hyphenated to its particle', 'A beach clean-up drew crowds.', [['drew', 'past']]],
    ['a verb and its particle written apart', 'Crews clean up the beach.', [['clean up', 'present']]],
    ['a verb with a hyphenated prefix', 'The council re-opened the pier.', [['re-opened', 'past']]],
  ])('%s', (_name, text, expected) => {
    expect(groupsOf(text)).toEqual(expected);
  });

  it('finds nothing in a parse of another text', () => {
    const release = prepareText('The board approved the budget.');
    expect(findVerbGroups(parseRelease('Something else entirely.'), release.text)).toEqual([]);
  });
});
