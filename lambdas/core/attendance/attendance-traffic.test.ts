import { describe, expect, it } from 'vitest';
import { visitsNamedPlace, yearlyTraffic } from './attendance-traffic.ts';

describe('a place traffic, not an event attendance', () => {
  it.each([
    ['8,000 tourists visited Tarvia last year', true],
    ['a delegation of six on a visit to Tarvia', true],
    ['hikers visited the Kessu Highlands in 2024', true],
    ['600 pupils visited the fair on Friday', false],
    ['guests visited Oskel Hall for the gala', false],
  ])('visitsNamedPlace %s', (clause, expected) => {
    expect(visitsNamedPlace(clause, clause.search(/visit/))).toBe(expected);
  });

  it.each([
    ['The museum attracted 450,000 visitors in 2024', true],
    ['The hotel welcomed 20,000 guests last year', true],
    ['More than 9,000 visitors came to Tarvia last year', true],
    ['The club has welcomed 300 new members since 2021', true],
    ['The fair attracted 45,000 visitors in 2024', false],
    ['it drew nearly 38,000 visitors, up by a quarter on last year', false],
    ['More than 2,000 runners took part this year', false],
    ['The museum attracted 4,000 visitors on Sunday', false],
  ])('yearlyTraffic %s', (clause, expected) => {
    expect(yearlyTraffic(clause, `${clause}.`)).toBe(expected);
  });

  it('reads the whole sentence for the event a year dates', () => {
    const sentence = 'The carnival, which drew 30,000 revellers last year, returns in May.';
    expect(yearlyTraffic('which drew 30,000 revellers last year', sentence)).toBe(false);
  });
});
