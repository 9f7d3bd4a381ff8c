import { describe, expect, it } from 'vitest';
import { authorshipBefore } from './speaker-authors.ts';

describe('authorshipBefore', () => {
  it.each<[string, string, string]>([
    ['the book "Salt Roads" by the historian Li Wenjun', 'Li Wenjun', 'author'],
    ['a new novel by Li Wenjun', 'Li Wenjun', 'author'],
    ['“Salt Roads” by Li Wenjun', 'Li Wenjun', 'author'],
    ['the bridge was opened by the mayor Li Wenjun', 'Li Wenjun', ''],
    ['the book was praised, said Li Wenjun', 'Li Wenjun', ''],
  ])('%s', (text, name, expected) => {
    expect(authorshipBefore(text, 0, text.indexOf(name))).toBe(expected);
  });
});
