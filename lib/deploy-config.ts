import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
// The functions' own default, so the deployed limit and the local stack's limit agree.
import { DEFAULT_MAX_BYTES } from '../lambdas/config.ts';
import { InvalidContextError } from './invalid-context-error.ts';
import { parseStage, type Stage } from './stage.ts';

/** Everything that differs between deployments, resolved once from the CDK context. */
export interface DeployConfig {
  readonly stage: Stage;
  /** Objects larger than this many bytes get a *rejected* item instead of a record (`PRESSLINE_MAX_BYTES`). */
  readonly maxBytes: number;
  /** Most ingest invocations the queue may run at once; protects the table and the account's concurrency. */
  readonly ingestMaxConcurrency: number;
  /** What CloudFormation does with the bucket, table and log groups when the stack is deleted. */
  readonly removalPolicy: RemovalPolicy;
  readonly deletionProtection: boolean;
  readonly logRetention: RetentionDays;
  /** How long an overwritten or deleted release stays recoverable as an old object version. */
  readonly noncurrentVersionExpiration: Duration;
  readonly accessLogExpiration: Duration;
}

/** Lambda's own bounds for an SQS event source's maximum concurrency. */
const MAX_CONCURRENCY_RANGE = { min: 2, max: 1000 } as const;

const STAGE_DEFAULTS: Record<Stage, Omit<DeployConfig, 'stage' | 'maxBytes'>> = {
  dev: {
    ingestMaxConcurrency: 2,
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.TWO_WEEKS,
    noncurrentVersionExpiration: Duration.days(7),
    accessLogExpiration: Duration.days(30),
  },
  prod: {
    ingestMaxConcurrency: 10,
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    logRetention: RetentionDays.THREE_MONTHS,
    noncurrentVersionExpiration: Duration.days(90),
    accessLogExpiration: Duration.days(365),
  },
};

/**
 * Resolves the deployment settings from CDK context: `stage` (required: dev or prod), and the optional
 * overrides `maxBytes` and `maxConcurrency`. Fails early, naming the key and the value given.
 *
 * @example
 * readDeployConfig((key) => app.node.tryGetContext(key)); // { stage: 'dev', maxBytes: 5242880, … }
 */
export function readDeployConfig(readContext: (key: string) => unknown): DeployConfig {
  const stage = parseStage(readContext('stage'));
  const defaults = STAGE_DEFAULTS[stage];
  return {
    stage,
    ...defaults,
    maxBytes: readPositiveInteger(readContext, 'maxBytes', DEFAULT_MAX_BYTES, {
      min: 1,
      max: Number.MAX_SAFE_INTEGER,
    }),
    ingestMaxConcurrency: readPositiveInteger(
      readContext,
      'maxConcurrency',
      defaults.ingestMaxConcurrency,
      MAX_CONCURRENCY_RANGE,
    ),
  };
}

function readPositiveInteger(
  readContext: (key: string) => unknown,
  key: string,
  fallback: number,
  range: { readonly min: number; readonly max: number },
): number {
  const raw = readContext(key);
  if (raw === undefined) return fallback;
  // `-c key=value` arrives as a string, cdk.json may hold a number.
  const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
    throw new InvalidContextError(key, raw, `an integer from ${range.min} to ${range.max}`);
  }
  return value;
}
