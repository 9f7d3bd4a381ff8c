import { describe, expect, it } from 'vitest';
import { findRelativeDays, type RelativeDay, resolveRelativeDay } from './date-relative.ts';

describe('findRelativeDays', () => {
  it.each<[string, string[]]>([
    ['The board met yesterday and meets again tomorrow.', ['yesterday', 'tomorrow']],
    ['The gala opened last night; this morning the fair began.', ['last night', 'this morning']],
    ['The vote is set for next Friday.', ['next Friday']],
    ['He spoke on Tuesday to reporters.', ['Tuesday']],
    ['On Tuesday President Vale spoke.', ['Tuesday']],
    ['Shops open on Sundays only.', []],
    ['Sales peaked on Cyber Monday.', []],
    ['Fans watched Sunday Night Baseball together.', []],
    ['No relative day here at all.', []],
    ['The road closes on the last Sunday of every month.', []],
    ['Markets open on the first Monday of June.', []],
    ['The second Friday of each term is a holiday.', []],
    ['The council met last Sunday of its own accord.', ['last Sunday']],
    ['The academy trains the engineers of tomorrow.', []],
    ['"Plant tomorrow, not today," the grower said.', []],
    ['"Act today and not tomorrow," she urged.', []],
    ['The panel meets tomorrow, not on Friday.', ['tomorrow', 'Friday']],
    ['"Nobody swims here on a Sunday morning," she said.', []],
    ['Any Monday suits the crews.', []],
    ['The pier reopened on Sunday after a storm.', ['Sunday']],
  ])('%s', (sentence, expected) => {
    expect(findRelativeDays(sentence).map((mention) => mention.text)).toEqual(expected);
  });

  it('keeps each mention a slice of the sentence', () => {
    const sentence = 'They met on Tuesday and again yesterday.';
    for (const mention of findRelativeDays(sentence)) {
      expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('sends a bare weekday forward when the sentence speaks of the future', () => {
    expect(findRelativeDays('The board will vote on Friday.')[0]?.relative).toEqual({
      kind: 'weekday',
      weekday: 5,
      direction: 'future',
    });
  });
});

describe('resolveRelativeDay', () => {
  // 2025-06-18 is a Wednesday.
  it.each<[RelativeDay, string, string]>([
    [{ kind: 'offset', days: 0 }, '2025-06-18', '2025-06-18'],
    [{ kind: 'offset', days: -1 }, '2025-03-01', '2025-02-28'],
    [{ kind: 'offset', days: 1 }, '2024-12-31', '2025-01-01'],
    [{ kind: 'weekday', weekday: 1, direction: 'past' }, '2025-06-18', '2025-06-16'],
    [{ kind: 'weekday', weekday: 3, direction: 'past' }, '2025-06-18', '2025-06-18'],
    [{ kind: 'weekday', weekday: 3, direction: 'before' }, '2025-06-18', '2025-06-11'],
    [{ kind: 'weekday', weekday: 5, direction: 'future' }, '2025-06-18', '2025-06-20'],
    [{ kind: 'weekday', weekday: 3, direction: 'after' }, '2025-06-18', '2025-06-25'],
  ])('%j from %s is %s', (relative, reference, expected) => {
    expect(resolveRelativeDay(relative, reference)).toBe(expected);
  });
});
