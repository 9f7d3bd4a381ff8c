/**
 * Shortens text to at most `width` characters, ending with an ellipsis when cut. Counts code points,
 * so an emoji is never split in half.
 *
 * @example
 * truncate('International Atomic Energy Agency', 12) // 'Internation…'
 */
export function truncate(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  if (chars.length <= width) return chars.join('');
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}\u2026`;
}

/** Pads text with spaces on the right (or left, for numbers) to `width` code points. */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - [...text].length));
  return align === 'left' ? text + fill : fill + text;
}
