import { describe, expect, it } from 'vitest';
import { headlineEnd } from './attendance-headlines.ts';

describe('headlineEnd', () => {
  it.each<[string, string, number]>([
    [
      'a headline before the body',
      'Ninety pilots meet in Varnsdorf\n\nNinety trainee pilots attended the camp on Monday, the club said in a statement.',
      31,
    ],
    [
      'a release that opens with prose',
      'Ninety trainee pilots attended the camp in Varnsdorf on Monday, the gliding club said in a statement.',
      0,
    ],
  ])('%s', (_name, text, expected) => {
    expect(headlineEnd(text)).toBe(expected);
  });
});
