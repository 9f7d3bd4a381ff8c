/**
 * One line that says what went wrong and, when there is one, what caused it.
 *
 * @example
 * describeError(new Error('bad record', { cause: new Error('speaker missing') }))
 * // 'bad record (cause: speaker missing)'
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
