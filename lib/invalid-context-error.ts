/** A CDK context value (`-c key=value`) is missing or out of range; the message shows the value given. */
export class InvalidContextError extends Error {
  override readonly name = 'InvalidContextError';

  constructor(
    readonly key: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`Invalid CDK context "${key}": ${JSON.stringify(value) ?? String(value)}; expected ${expected}.`);
  }
}
