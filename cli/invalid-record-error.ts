/** The extractor returned a record that breaks the PressRecord contract: a bug, never an input problem. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';

  constructor(
    readonly source: string,
    options: { readonly cause: unknown },
  ) {
    super(`the record extracted from ${source} does not match the PressRecord schema`, options);
  }
}
