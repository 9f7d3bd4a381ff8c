/**
 * The longest string a log entry holds, in UTF-16 code units. Enough for a whole S3 key (1,024 bytes at
 * most) and a stack trace; a release's text, or a crafted message body, is cut to an excerpt.
 */
export const MAX_LOGGED_STRING_LENGTH = 1_200;

/**
 * Cuts a string to at most `MAX_LOGGED_STRING_LENGTH` code units (never inside a surrogate pair), saying
 * how much was left out.
 *
 * @example
 * excerptOf('short') // 'short'
 * excerptOf('x'.repeat(5_000)).length // ≤ 1200
 */
export function excerptOf(value: string): string {
  if (value.length <= MAX_LOGGED_STRING_LENGTH) return value;
  const note = `… (${value.length} characters, cut)`;
  let end = MAX_LOGGED_STRING_LENGTH - note.length;
  // Do not split a surrogate pair: half an emoji is not valid UTF-16.
  if (/[\uD800-\uDBFF]/.test(value.charAt(end - 1))) end -= 1;
  return `${value.slice(0, end)}${note}`;
}

/**
 * A JSON replacer for the Powertools logger (`jsonReplacerFn`): every string of a log entry, however
 * deep (keys, error messages, stacks, causes), is cut to an excerpt. Logs never carry a whole release or
 * an unbounded value an uploader controls.
 *
 * @example
 * new Logger({ jsonReplacerFn: boundLoggedStrings })
 */
export function boundLoggedStrings(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? excerptOf(value) : value;
}
