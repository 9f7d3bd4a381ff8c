import { describe, expect, it } from 'vitest';
import { groupSizeAttendance } from './attendance-group-size.ts';

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
  ])('%s', (sentence, expected) => {
    expect(groupSizeAttendance(sentence).map((item) => [item.count, item.qualifier])).toEqual(expected);
  });
});
