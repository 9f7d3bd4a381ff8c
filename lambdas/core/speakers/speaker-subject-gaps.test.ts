import { describe, expect, it } from 'vitest';
import { APPOSITIVE_GAP, isSubjectGap, skipBackOverModifiers } from './speaker-subject-gaps.ts';

describe('isSubjectGap: what may stand between a subject and its verb', () => {
  it.each<[string, string, boolean]>([
    ['nothing', ' ', true],
    ['a bracketed acronym', ' (KWA) ', true],
    ['an appositive', ', chair of the rowing federation, ', true],
    ['a short place phrase', ' from the University of Tallinn ', true],
    ['a clause with its own speech verb', ', who said the plan was late, ', false],
    ['a colon', ': the plan ', false],
    ['an unrelated clause', ' met the mayor and ', false],
  ])('%s', (_case, gap, expected) => {
    expect(isSubjectGap(gap)).toBe(expected);
  });
});

describe('APPOSITIVE_GAP', () => {
  it.each<[string, boolean]>([
    [', a subsidiary of Brannock Holdings, ', true],
    [', the country’s largest lender, ', true],
    [' and the board ', false],
  ])('%s', (gap, expected) => {
    expect(APPOSITIVE_GAP.test(gap)).toBe(expected);
  });
});

describe('skipBackOverModifiers: where the subject ends before its verb', () => {
  it.each<[string, string, string]>([
    ['adverbs and auxiliaries', 'Rhea Vance has also said', 'Rhea Vance'],
    ['a weekday after "on"', 'Rhea Vance on Tuesday said', 'Rhea Vance'],
    ['a bracketed aside', 'Orvell Mining (LSE: ORV) said', 'Orvell Mining'],
    ['a comma-enclosed adverb', 'The council, meanwhile, said', 'The council'],
    ['a lower-case weekday is no time word', 'the friday said', 'the friday'],
    ['nothing to skip', 'Rhea Vance said', 'Rhea Vance'],
  ])('%s', (_case, text, expected) => {
    const verbStart = text.lastIndexOf('said');
    expect(text.slice(0, skipBackOverModifiers(text, 0, verbStart))).toBe(expected);
  });
});
