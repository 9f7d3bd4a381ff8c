import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/press-record.ts';
import { quotesNamed, reported } from './speech-reported.test-support.ts';

const PEOPLE = ['Ilse Varga', 'Konrad Mbeki'];

describe('a speech verb chained to the clause before it', () => {
  it.each<[string, string, Quote[]]>([
    [
      '", adding that" after a statement',
      'Ilse Varga said that freight rose in May, adding that exports held steady.',
      [reported('Ilse Varga', 'freight rose in May'), reported('Ilse Varga', 'exports held steady')],
    ],
    [
      '"and" with no subject of its own',
      'Konrad Mbeki said the tunnel is finished and urged drivers to use the new road.',
      [
        reported('Konrad Mbeki', 'the tunnel is finished'),
        reported('Konrad Mbeki', 'drivers to use the new road'),
      ],
    ],
    [
      'a participle after a clause with no speech verb',
      'Ilse Varga toured the yard, stressing the value of trained welders.',
      [reported('Ilse Varga', 'the value of trained welders')],
    ],
  ])('%s', (_phenomenon, text, expected) => {
    expect(quotesNamed(text, PEOPLE)).toEqual(expected);
  });

  it('a participle with no subject before it reports nothing', () => {
    expect(quotesNamed('The yard reopened, stressing its role in the region.', PEOPLE)).toEqual([]);
  });
});
