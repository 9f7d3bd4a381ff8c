import { InvalidContextError } from './invalid-context-error.ts';

/** Deployment stages. `dev` is disposable; `prod` keeps its data when the stack goes away. */
export const STAGES = ['dev', 'prod'] as const;

export type Stage = (typeof STAGES)[number];

/**
 * Reads the stage from the CDK context value (`-c stage=dev|prod`), failing early and showing the value.
 *
 * @example
 * parseStage(app.node.tryGetContext('stage')); // 'dev'
 */
export function parseStage(value: unknown): Stage {
  const stage = STAGES.find((candidate) => candidate === value);
  if (stage === undefined) {
    throw new InvalidContextError(
      'stage',
      value,
      `one of ${STAGES.join(', ')} (npx cdk deploy -c stage=dev)`,
    );
  }
  return stage;
}
