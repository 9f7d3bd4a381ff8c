/** Published on-demand prices (US East, USD) the estimate uses; change them here when AWS does. */
export const PRICES = {
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerRequest: 0.2 / 1e6,
  s3GetPerRequest: 0.0004 / 1000,
  sqsPerRequest: 0.4 / 1e6,
  dynamoPerWriteUnit: 0.625 / 1e6,
  /** A managed entity-extraction API: $0.0001 per 100-character unit, three units at least per call. */
  managedNlpPerUnit: 0.0001,
  managedNlpMinimumUnits: 3,
} as const;

export interface ReleaseWorkload {
  /** Mean characters per release. */
  readonly characters: number;
  /** Mean billed Lambda duration per release, in milliseconds. */
  readonly lambdaMs: number;
  readonly lambdaMemoryMb: number;
  /** Messages per Lambda invocation (the event source's batch size). */
  readonly batchSize: number;
  /** Mean DynamoDB write units per release (every item written, 1 KB a unit). */
  readonly writeUnits: number;
}

export interface CostPerMillion {
  readonly lambda: number;
  readonly s3: number;
  readonly sqs: number;
  readonly dynamodb: number;
  readonly total: number;
  readonly managedNlp: number;
}

/**
 * Cost of one million releases through the pipeline, next to a managed entity-extraction API.
 * SQS requests per release: the S3 notification's send, plus a receive and a delete shared by the batch.
 *
 * @example
 * estimateCostPerMillion({ characters: 3000, lambdaMs: 50, lambdaMemoryMb: 1024, batchSize: 10, writeUnits: 20 })
 */
export function estimateCostPerMillion(workload: ReleaseWorkload): CostPerMillion {
  const releases = 1e6;
  const gbSeconds = (workload.lambdaMs / 1000) * (workload.lambdaMemoryMb / 1024);
  const lambda =
    releases * (gbSeconds * PRICES.lambdaArmPerGbSecond + PRICES.lambdaPerRequest / workload.batchSize);
  const s3 = releases * PRICES.s3GetPerRequest;
  const sqs = releases * (1 + 2 / workload.batchSize) * PRICES.sqsPerRequest;
  const dynamodb = releases * workload.writeUnits * PRICES.dynamoPerWriteUnit;
  const units = Math.max(PRICES.managedNlpMinimumUnits, Math.ceil(workload.characters / 100));
  const managedNlp = releases * units * PRICES.managedNlpPerUnit;
  return { lambda, s3, sqs, dynamodb, total: lambda + s3 + sqs + dynamodb, managedNlp };
}
