/** An emulator or the local stack could not start, or failed while running. */
export class LocalStackError extends Error {
  override readonly name = 'LocalStackError';
}
