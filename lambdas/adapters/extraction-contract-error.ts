/** The extractor returned something that is not a valid PressRecord: a bug in the core, not in the input. */
export class ExtractionContractError extends Error {
  override readonly name = 'ExtractionContractError';
}
