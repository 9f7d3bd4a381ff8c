import { describe, expect, it } from 'vitest';
import { listLeadIn } from './list-lead-in.ts';

describe('listLeadIn', () => {
  const list = 'The tour covers:\n\n- a mill visit;\n* a barge trip on Friday;\n2. a farewell dinner.';

  it.each([
    ['a dash item', 'mill'],
    ['an asterisk item after another item', 'barge'],
    ['a numbered item', 'farewell'],
  ])('finds the lead-in of %s', (_name, word) => {
    expect(listLeadIn(list, list.indexOf(word))).toEqual({ start: 0, end: 16, text: 'The tour covers:' });
  });

  it('is null outside a list', () => {
    expect(listLeadIn(list, list.indexOf('tour'))).toBeNull();
    expect(listLeadIn('A walk on Friday.', 10)).toBeNull();
  });

  it('is null when the line above the items does not end with a colon', () => {
    const text = 'The tour was long.\n\n- a barge trip on Friday.';
    expect(listLeadIn(text, text.indexOf('Friday'))).toBeNull();
  });

  it('is null for a list at the start of the text', () => {
    const text = '- a barge trip on Friday.';
    expect(listLeadIn(text, text.indexOf('Friday'))).toBeNull();
  });
});
