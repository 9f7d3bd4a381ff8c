import { describe, expect, it } from 'vitest';
import { clauseAround } from './attendance-clauses.ts';

describe('clauseAround', () => {
  it.each([
    ['It drew 300 guests, while 20 staff served them.', '300', 'It drew 300 guests'],
    ['It drew 300 guests, while 20 staff served them.', '20', 'while 20 staff served them'],
    ['Guests came; 40 of them spoke.', '40', '40 of them spoke'],
    [
      'Over 90 guests from trade, media, and arts attended.',
      '90',
      'Over 90 guests from trade, media, and arts attended',
    ],
    ['He said, "We are proud." Over 50 fans came.', '50', 'Over 50 fans came'],
    ['Hosts who met them said 2 million people benefit.', '2 million', '2 million people benefit'],
    ['Over 90 fans came, along with 40 players.', '40', 'Over 90 fans came, along with 40 players'],
    [
      'The coach, who brought 30 pupils to the derby, said it was loud.',
      '30',
      'who brought 30 pupils to the derby',
    ],
    ['- Up to 900 came.\n- A team of 30 people ran it.', '30', 'A team of 30 people ran it'],
  ])('%s (around %s)', (sentence, needle, expected) => {
    const start = sentence.indexOf(needle);
    const clause = clauseAround(sentence, start, start + needle.length);
    expect(clause.text).toBe(expected);
    expect(sentence.slice(clause.start, clause.end)).toBe(expected);
  });
});
