import { describe, expect, it } from 'vitest';
import { normalizeName, quoteTokens, tokenOverlapF1 } from './normalize.ts';

describe('normalizeName', () => {
  it.each([
    ['case', 'NORTHWIND Labs', 'Northwind labs'],
    ['diacritics', 'Universidade de S\u00e3o Paulo', 'Universidade de Sao Paulo'],
    ['dash styles', 'Sino\u2013Andean Council', 'Sino-Andean Council'],
    ['curly apostrophe', 'People\u2019s Forum', "People's Forum"],
    ['a leading "the"', 'The Harbour Trust', 'Harbour Trust'],
    ['a possessive', 'Meridia Bank\u2019s', 'Meridia Bank'],
    ['spacing', '  Lake   Towns  Alliance ', 'Lake Towns Alliance'],
    ['a trailing full stop', 'Acme Tools Inc.', 'Acme Tools Inc'],
  ])('ignores %s', (_what, left, right) => {
    expect(normalizeName(left)).toBe(normalizeName(right));
  });

  it.each([
    ['different words', 'Harbour Trust', 'Harbor Trust'],
    ['"the" inside a name', 'Friends of the Earth', 'Friends of Earth'],
    ['an acronym and its expansion', 'WHO', 'World Health Organization'],
  ])('keeps %s apart', (_what, left, right) => {
    expect(normalizeName(left)).not.toBe(normalizeName(right));
  });
});

describe('tokenOverlapF1', () => {
  it('is 1 for the same words in other quotation styles and case', () => {
    expect(tokenOverlapF1('\u201CWe\u2019re Ready,\u201D', '"we\'re ready"')).toBe(1);
  });

  it('counts shared words once per occurrence', () => {
    // 4 and 2 tokens, 2 in common ("very", "good"): 2 * 2 / (4 + 2)
    expect(tokenOverlapF1('very very good good', 'very good')).toBeCloseTo(4 / 6);
  });

  it('is 0 with nothing in common or an empty side', () => {
    expect(tokenOverlapF1('open the gates', 'close doors')).toBe(0);
    expect(tokenOverlapF1('', 'anything')).toBe(0);
    expect(tokenOverlapF1('...', 'anything')).toBe(0);
  });

  it('keeps hyphenated words and numbers as tokens', () => {
    expect(quoteTokens('A well-known 2,500-seat hall')).toEqual(['a', 'well-known', '2', '500-seat', 'hall']);
  });
});
