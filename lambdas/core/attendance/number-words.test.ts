import { describe, expect, it } from 'vitest';
import { isNumberWord, readCount } from './number-words.ts';

describe('readCount', () => {
  it.each<[string[], number | null]>([
    [['20,000'], 20000],
    [['350'], 350],
    [['11 000'], 11000],
    [['1 250 000'], 1250000],
    [['2\u00A0500'], 2500],
    [['1234 567'], null],
    [['1.2', 'million'], 1200000],
    [['2.5', 'thousand'], 2500],
    [['3', 'million'], 3000000],
    [['two', 'hundred'], 200],
    [['five', 'thousand'], 5000],
    [['twenty-five'], 25],
    [['Two', 'hundred', 'and', 'fifty'], 250],
    [['one', 'thousand', 'two', 'hundred'], 1200],
    [['twelve', 'thousand', 'five', 'hundred'], 12500],
    [['four', 'million'], 4000000],
    [['two', 'dozen'], 24],
    [['dozen'], null],
    [['a', 'hundred'], 100],
    [['a', 'thousand', 'and', 'fifty'], 1050],
    [['a', 'dozen'], 12],
    [['a'], null],
    [['a', 'few'], null],
    [['1.25'], null],
    [['dozens'], null],
    [['hundred'], null],
    [[], null],
  ])('%j is %s', (words, expected) => {
    expect(readCount(words)).toBe(expected);
  });
});

describe('isNumberWord', () => {
  it.each([
    ['seven', true],
    ['Thousand', true],
    ['forty-two', true],
    ['dozens', false],
    ['several', false],
    // Names of the plain object's own built-in properties are no number words.
    ['constructor', false],
    ['toString', false],
    ['twenty-constructor', false],
  ])('%s is %s', (word, expected) => {
    expect(isNumberWord(word)).toBe(expected);
  });
});
