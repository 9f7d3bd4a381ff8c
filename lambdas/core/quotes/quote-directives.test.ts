import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/press-record.ts';
import { quotesNamed } from '../speech/speech-reported.test-support.ts';

const quoted = (speaker: string, text: string): Quote => ({ speaker, text, type: 'direct' });

describe('a quotation that closes advice or a request speaks for its subject', () => {
  it.each<[string, string, Quote[]]>([
    [
      'advice after a pronoun',
      'Noa Halevi met the cadets. She advised them to sleep early and "never skip breakfast."',
      [quoted('Noa Halevi', 'never skip breakfast.')],
    ],
    [
      'a request by a named person',
      'Tavita Faleolo asked the volunteers to "leave the beach cleaner than you found it."',
      [quoted('Tavita Faleolo', 'leave the beach cleaner than you found it.')],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(quotesNamed(text, ['Noa Halevi', 'Tavita Faleolo'])).toEqual(expected);
  });

  it.each([
    [
      'a quotation in the middle of the sentence',
      'Noa Halevi told the cadets the "open door" rule was over for now.',
    ],
    ['advice from no person', 'The board advised members to "stay calm." Noa Halevi left.'],
    ['a sentence with no advice', 'Noa Halevi planted a tree marked "first of many."'],
  ])('attributes nothing for %s', (_phenomenon, text) => {
    expect(quotesNamed(text, ['Noa Halevi'])).toEqual([]);
  });
});
