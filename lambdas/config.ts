/**
 * The Lambda functions' configuration, read from the environment once at cold start. A missing or
 * malformed variable fails loudly there, not in the middle of a batch.
 */

/** Thrown when the environment lacks a variable a function needs, or holds a malformed value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface PipelineConfig {
  /** DynamoDB table holding records, quotes and index items (`PRESSLINE_TABLE`). */
  readonly tableName: string;
  /** Bucket the releases are dropped into (`PRESSLINE_BUCKET`); optional for functions that only query. */
  readonly bucketName: string | undefined;
  /** Objects larger than this are rejected unread (`PRESSLINE_MAX_BYTES`, default 5 MB). */
  readonly maxBytes: number;
  /** Queue that receives the bucket's events (`PRESSLINE_QUEUE_URL`); used by reprocess. */
  readonly queueUrl: string | undefined;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads the pipeline configuration from an environment (default `process.env`).
 *
 * @example
 * readConfig({ PRESSLINE_TABLE: 'records' }).maxBytes // 5242880
 */
export function readConfig(env: Environment = process.env): PipelineConfig {
  return {
    tableName: requireVariable(env, 'PRESSLINE_TABLE'),
    bucketName: optionalVariable(env, 'PRESSLINE_BUCKET'),
    maxBytes: readPositiveInteger(env, 'PRESSLINE_MAX_BYTES', DEFAULT_MAX_BYTES),
    queueUrl: optionalVariable(env, 'PRESSLINE_QUEUE_URL'),
  };
}

function requireVariable(env: Environment, name: string): string {
  const value = optionalVariable(env, name);
  if (value === undefined) throw new ConfigError(`environment variable ${name} is required but not set`);
  return value;
}

function optionalVariable(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function readPositiveInteger(env: Environment, name: string, fallback: number): number {
  const raw = optionalVariable(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new ConfigError(`environment variable ${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}
