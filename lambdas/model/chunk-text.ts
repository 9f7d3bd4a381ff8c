/**
 * Largest piece of text one item holds, in UTF-16 code units. At most three UTF-8 bytes per unit, a
 * chunk stays under 100 KB: far from DynamoDB's 400 KB item limit whatever the script.
 */
export const MAX_CHUNK_LENGTH = 32_000;

/**
 * Cuts a string into pieces of at most `maxLength` code units, never between the two halves of a
 * surrogate pair (a cut there would store two invalid characters). Joining the pieces gives the input.
 *
 * @example
 * chunkText('abcde', 2) // ['ab', 'cd', 'e']
 * chunkText('', 2) // ['']
 */
export function chunkText(text: string, maxLength: number = MAX_CHUNK_LENGTH): string[] {
  if (maxLength < 2) throw new RangeError(`maxLength must be at least 2, got ${maxLength}`);
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length || chunks.length === 0) {
    let end = Math.min(start + maxLength, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
