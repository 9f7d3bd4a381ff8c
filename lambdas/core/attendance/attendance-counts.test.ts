import { describe, expect, it } from 'vitest';
import { findCountPhrases, isCrowdSize, splitWords } from './attendance-counts.ts';

function countsOf(sentence: string): Array<[number, string, string]> {
  return findCountPhrases(sentence, splitWords(sentence)).map((phrase) => [
    phrase.count,
    phrase.qualifier,
    phrase.text,
  ]);
}

describe('findCountPhrases', () => {
  it.each<[string, Array<[number, string, string]>]>([
    ['More than 30,000 ran.', [[30000, 'over', 'More than 30,000']]],
    ['Some 1.2 million watched.', [[1200000, 'about', 'Some 1.2 million']]],
    ['Up to two hundred and fifty came.', [[250, 'up-to', 'Up to two hundred and fifty']]],
    [
      'Twenty-five came, then forty.',
      [
        [25, 'exact', 'Twenty-five'],
        [40, 'exact', 'forty'],
      ],
    ],
    ['It cost $45,000 and 19 percent more.', []],
    ['Nine out of 10 agree; 3 out of 4 left.', []],
    ['One in five came from abroad; one in every ten stayed.', []],
    [
      'Of the 12 in the hall, 40 in all came.',
      [
        [12, 'exact', '12'],
        [40, 'exact', '40'],
      ],
    ],
    ['The 14th edition ran 2:09:01 over 40-panel talks.', []],
    ['Only one came.', []],
    ['In 2024 participants met; since 1996 runners ran.', []],
    ['It was attended by 2000 guests.', [[2000, 'exact', '2000']]],
    ['Racers marched at the 2027 Coastal Games; its 2025 Report followed.', []],
    ['The 2000 delegates met.', [[2000, 'exact', '2000']]],
    ['Over 14 500 fans came.', [[14500, 'over', 'Over 14 500']]],
    ['Over a hundred came, not a few.', [[100, 'over', 'Over a hundred']]],
    [
      'By 2019 300 pupils came.',
      [
        [2019, 'exact', '2019'],
        [300, 'exact', '300'],
      ],
    ],
    ['Expo 2030 and Summit 2026 drew crowds.', []],
    ['Over 2000 fans came.', [[2000, 'over', 'Over 2000']]],
    ['It drew 700-plus alumni.', [[700, 'over', '700']]],
    ['A crowd estimated at 4,000 came.', [[4000, 'about', 'estimated at 4,000']]],
  ])('%s', (sentence, expected) => {
    expect(countsOf(sentence)).toEqual(expected);
  });
});

describe('findCountPhrases leaves ages out', () => {
  it.each([
    ['Riders aged 18 to 60 came.', [] as number[]],
    ['Girls ages 8-12 came.', []],
    ['Some 90 girls aged 9 came.', [90]],
    ['On 14 June 500 came.', [500]],
    ['Some 12 may come.', [12]],
  ])('%s', (sentence, counts) => {
    expect(findCountPhrases(sentence, splitWords(sentence)).map((phrase) => phrase.count)).toEqual(counts);
  });
});

describe('isCrowdSize', () => {
  it.each([
    ['A 5,000-strong crowd watched.', 7, true],
    ['An 800-strong audience cheered.', 6, true],
    ['A 40-strong team flew in.', 4, false],
    ['A 40-panel show opened.', 4, false],
  ])('%s', (sentence, position, expected) => {
    expect(isCrowdSize(sentence, position)).toBe(expected);
  });
});
