import { describe, expect, it } from 'vitest';
import type { AttendanceQualifier } from '../../model/press-record.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';
import { extractAttendance } from './attendance.ts';
import { partOfAttendance } from './attendance-subsets.ts';

function attendanceOf(text: string): Array<[number, AttendanceQualifier]> {
  const release = prepareText(text);
  return extractAttendance(release, parseRelease(release.text)).map((item) => [item.count, item.qualifier]);
}

describe('partOfAttendance', () => {
  it.each<[string, string, boolean, boolean, boolean]>([
    ['It was joined by 300 walkers, including 40 children.', '40', true, false, true],
    ['It was joined by 300 walkers, including some 40 children.', '40', true, false, true],
    ['Some 60 of them came by boat.', '60', false, true, true],
    ['It drew 300 walkers, including chiefs from 14 villages.', '14', true, false, false],
    ['The firm employs 120 people, including 40 engineers.', '40', false, false, false],
    ['Some 60 of them came by boat.', '60', false, false, false],
    ['Around 300 of the riders were women.', '300', false, true, true],
    ['Around 300 of all participants were pupils.', '300', false, true, true],
    ['Around 300 of the riders were women.', '300', false, false, false],
    ['Around 300 of the horses were grey.', '300', false, true, false],
  ])('%s (%s)', (sentence, needle, before, previous, expected) => {
    const start = sentence.indexOf(needle);
    expect(partOfAttendance(sentence, start, start + needle.length, before, previous)).toBe(expected);
  });
});

describe('extractAttendance: part of a crowd counted just before', () => {
  it.each<[string, string, Array<[number, AttendanceQualifier]>]>([
    [
      '"including" after an attendance count',
      'The lantern walk was joined by more than 500 people, including 60 children from the Harrowgate school.',
      [
        [500, 'over'],
        [60, 'exact'],
      ],
    ],
    [
      '"N of them" in the next sentence',
      'About 800 beekeepers are attending the Orvel honey congress. Nearly 120 of them are first-time exhibitors from Lisvane.',
      [
        [800, 'about'],
        [120, 'under'],
      ],
    ],
    [
      '"N of the riders" in the next sentence',
      'Some 4,000 riders took part in the Orvel gran fondo. Around 700 of the riders were women.',
      [
        [4000, 'about'],
        [700, 'about'],
      ],
    ],
    [
      '"including" after a workforce is no attendance',
      'The Orvel mill employs 230 people, including 45 apprentices from Lisvane.',
      [],
    ],
    [
      '"N of them" after a count that is no attendance',
      'The Orvel cooperative has 900 members. Some 300 of them grow barley.',
      [],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(attendanceOf(text)).toEqual(expected);
  });
});
