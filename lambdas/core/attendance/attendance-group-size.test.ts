import { describe, expect, it } from 'vitest';
import { delegationOfBefore, groupSizeAttendance } from './attendance-group-size.ts';

describe('groupSizeAttendance', () => {
  it.each<[string, Array<[number, string]>]>([
    ['A five-member delegation from the guild attended the summit.', [[5, 'exact']]],
    ['A 14-strong squad of young riders competed in the tour.', [[14, 'exact']]],
    ['Their twenty-five-member contingent took part in the march.', [[25, 'exact']]],
    ['A 30-person team from the college participated in the hackathon.', [[30, 'exact']]],
    ['A five-member panel will judge the entries.', []],
    ['A three-member delegation met the mayor on Friday.', []],
    ['A nine-member team was set up to review the budget.', []],
    ['A one-man mission attended the talks.', []],
    ['A 40-strong team flew in; the fans attended the final.', []],
    ['Norway sent a 22-strong squad to the winter games.', [[22, 'exact']]],
    ['The envoy, who led a 15-member delegation to Port Aldin, praised the hosts.', [[15, 'exact']]],
    ['The firm sent a 10-person team to repair the pump.', []],
    ['The agency dispatched a five-member mission to the delta.', []],
    ['The coach led a 12-member team that rebuilt the stand.', []],
    ['The dean led a 9-member delegation on a study tour of Vellor.', []],
  ])('%s', (sentence, expected) => {
    expect(groupSizeAttendance(sentence).map((item) => [item.count, item.qualifier])).toEqual(expected);
  });
});

describe('delegationOfBefore', () => {
  it.each<[string, string, boolean]>([
    ['Ruvia, the guest country, sent a delegation of 48 poets and printers.', '48', true],
    ['She headed a trade delegation of 30 exporters to the Lagos fair.', '30', true],
    ['A delegation of 12 farmers met the governor.', '12', false],
    ['The rector is leading a delegation of six deans on a week-long visit to Oslo.', 'six', false],
  ])('%s', (sentence, count, expected) => {
    expect(delegationOfBefore(sentence, sentence.indexOf(count))).toBe(expected);
  });
});
