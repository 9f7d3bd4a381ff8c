import { describe, expect, it } from 'vitest';
import { cityNameKeys, isListedCityName } from './city-names.ts';

describe('isListedCityName', () => {
  // [name, why, whether it is listed]
  it.each([
    ['Sialkot', 'a town of GeoNames compromise does not know', true],
    ['Tsuruoka', 'a town of GeoNames compromise does not know', true],
    ['Sokode', 'written without its accent', true],
    ['KOKSHETAU', 'written in capitals, as in a dateline', true],
    ['Chiclayo', 'a town of GeoNames compromise does not know', true],
    ['Paris', 'a city compromise knows itself', false],
    ['March', 'a town that is also a month', false],
    ['Orange', 'a town that is also a word', false],
    ['Victoria', 'a town that is also a given name', false],
    ['Santos', 'a town that is also a surname', false],
    ['University', 'a town that is also the head of organizations', false],
    ['Zzyzxville', 'no town', false],
    ['', 'nothing', false],
  ])('%s: %s', (name, _why, listed) => {
    expect(isListedCityName(name)).toBe(listed);
  });
});

describe('the stored town list', () => {
  it('finds every key it stores (the binary search follows the stored order)', () => {
    const stored = cityNameKeys();
    expect(stored.length).toBeGreaterThan(20_000);
    expect(stored.filter((key) => !isListedCityName(key))).toEqual([]);
  });
});
