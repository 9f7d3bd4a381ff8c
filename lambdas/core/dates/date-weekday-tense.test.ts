import { describe, expect, it } from 'vitest';
import type { VerbGroup } from '../nlp/verb-tenses.ts';
import { weekdayDirectionByTense } from './date-weekday-tense.ts';

/** A sentence of 200 characters with its weekday at 50-57. */
const SENTENCE = { start: 0, end: 200, text: ' '.repeat(200) };
const MENTION = { start: 50, end: 57, text: 'Tuesday' };

describe('weekdayDirectionByTense', () => {
  it.each<[string, VerbGroup[], string | null]>([
    ['a past verb before', [{ start: 40, end: 46, tense: 'past' }], 'past'],
    ['a modal verb before', [{ start: 30, end: 46, tense: 'future' }], 'future'],
    ['a present verb before', [{ start: 40, end: 46, tense: 'present' }], 'future'],
    ['no verb before, a past verb after', [{ start: 60, end: 68, tense: 'past' }], 'past'],
    [
      'the verb before wins over the verb after',
      [
        { start: 30, end: 46, tense: 'future' },
        { start: 60, end: 68, tense: 'past' },
      ],
      'future',
    ],
    [
      'the nearest verb before',
      [
        { start: 5, end: 9, tense: 'past' },
        { start: 30, end: 46, tense: 'future' },
      ],
      'future',
    ],
    ['no verb within reach', [{ start: 190, end: 195, tense: 'past' }], null],
    ['no verb at all', [], null],
  ])('%s', (_name, groups, expected) => {
    expect(weekdayDirectionByTense(groups, MENTION, SENTENCE)).toBe(expected);
  });

  it('looks only inside the sentence', () => {
    const groups: VerbGroup[] = [{ start: 40, end: 46, tense: 'past' }];
    expect(
      weekdayDirectionByTense(groups, MENTION, { start: 48, end: 200, text: ' '.repeat(152) }),
    ).toBeNull();
  });

  it('looks only inside the clause: a relative clause set off by a comma has its own tense', () => {
    // "... travelled to Osk, where on Tuesday she will ..."
    const text = `${' '.repeat(38)}, where${' '.repeat(155)}`;
    const groups: VerbGroup[] = [
      { start: 20, end: 29, tense: 'past' },
      { start: 62, end: 71, tense: 'future' },
    ];
    expect(weekdayDirectionByTense(groups, MENTION, { start: 0, end: 200, text })).toBe('future');
  });

  it('looks only inside the clause: a semicolon ends it', () => {
    const text = `${' '.repeat(47)};${' '.repeat(152)}`;
    const groups: VerbGroup[] = [{ start: 40, end: 46, tense: 'past' }];
    expect(weekdayDirectionByTense(groups, MENTION, { start: 0, end: 200, text })).toBeNull();
  });
});
