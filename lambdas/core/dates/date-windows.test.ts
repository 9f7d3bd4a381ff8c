import { describe, expect, it } from 'vitest';
import { dateWindows } from './date-windows.ts';

describe('dateWindows', () => {
  it.each<[string, number]>([
    ['No calendar words here at all.', 0],
    ['They may come later.', 0],
    ['It opens on June 18 in the hall.', 1],
    ['It opens on June 18 and closes on June 20.', 1],
    ['Filed 2029-03-04.', 1],
    ['We met yesterday.', 1],
  ])('%s has %d window(s)', (text, expected) => {
    expect(dateWindows(text)).toHaveLength(expected);
  });

  it('keeps far-apart triggers in separate windows, each a slice of the text', () => {
    const text = `Talks opened on June 18. ${'Nothing happens here at all. '.repeat(10)}They end on Friday.`;
    const windows = dateWindows(text);
    expect(windows).toHaveLength(2);
    for (const window of windows) expect(text.slice(window.start, window.end)).toBe(window.text);
  });

  it('bounds a window on a long line dense with dates', () => {
    const text = 'Held June 1 and June 2 and June 3. '.repeat(400);
    for (const window of dateWindows(text)) expect(window.text.length).toBeLessThan(2_200);
  });
});
