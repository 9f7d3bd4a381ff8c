import { describe, expect, it } from 'vitest';
import { readHeaderBlock } from './date-header-block.ts';

const PROSE = 'The river council approved the new footbridge after a long debate, the chair said on Monday.';

describe('readHeaderBlock', () => {
  it.each<[string, string, boolean[]]>([
    [
      'labels and a headline before prose',
      `FOR IMMEDIATE RELEASE\nMarch 3, 2026\n\nA headline\n\n${PROSE}`,
      [false, false, false, true],
    ],
    [
      'a headline without a full stop is no prose',
      'Council approves footbridge after a long and heated debate on Monday',
      [false],
    ],
    [
      'a line of two sentences is prose',
      'The council met. It approved the footbridge after a long debate.',
      [true],
    ],
    ['a short sentence is not yet prose', 'The council met.', [false]],
    ['prose ends the block', `${PROSE}\n\nTuesday, 3 March 2026`, [true]],
    ['blank lines are skipped', '\n\n  \nA headline\n\n', [false]],
    [
      'a photo caption before the text is no prose',
      `Photo caption: The chair of the river council (left) opens the new footbridge with two pupils.\n\n${PROSE}`,
      [false, true],
    ],
    [
      'a credit in brackets is no prose either',
      `(Image: The new footbridge over the river at dusk, seen from the old mill on the east bank.)\n\n${PROSE}`,
      [false, true],
    ],
    ['a dateline with a colon is prose', `LONDON: ${PROSE}`, [true]],
  ])('%s', (_name, text, expected) => {
    expect(readHeaderBlock(text).map((line) => line.body)).toEqual(expected);
  });

  it('blanks Markdown marks and keeps every offset', () => {
    const text = '# A headline\n\n**Press Release | 12 February 2026**';
    const [headline, dateLine] = readHeaderBlock(text);
    expect(headline?.text).toBe('  A headline');
    expect(dateLine?.text).toBe('  Press Release | 12 February 2026  ');
    expect(text.slice(dateLine?.start, dateLine?.end)).toBe('**Press Release | 12 February 2026**');
  });

  it.each([
    ['- 3 March 2026: opening', true],
    ['* 3 March 2026: opening', true],
    ['2. 3 March 2026: opening', true],
    ['**3 March 2026**', false],
    ['Tuesday, 3 March 2026', false],
  ])('marks %j as a list item: %s', (line, expected) => {
    expect(readHeaderBlock(line)[0]?.listItem).toBe(expected);
  });

  it('reads only the first lines of a long release', () => {
    const lines = readHeaderBlock('A short line\n'.repeat(50_000));
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines.at(-1)?.end ?? 0).toBeLessThan(800);
  });

  it('reads a bounded head of one very long line', () => {
    const lines = readHeaderBlock('word '.repeat(200_000));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.text.length).toBeLessThanOrEqual(200);
    expect(lines[0]?.body).toBe(true);
  });
});
