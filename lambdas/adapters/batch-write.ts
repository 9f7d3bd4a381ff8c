import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoWriteError } from './dynamo-write-error.ts';

/** One put or delete of a batch write, in the document client's form. */
export type WriteRequest =
  | { readonly PutRequest: { readonly Item: Record<string, unknown> } }
  | { readonly DeleteRequest: { readonly Key: Record<string, unknown> } };

export interface RetryPolicy {
  /** Batch calls per chunk of 25 before giving up (the SDK retries each call on its own as well). */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Injected so that tests need not wait. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Chunks written at once. */
  readonly concurrency: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 50,
  maxDelayMs: 5_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  concurrency: 4,
};

/** DynamoDB's limit of requests per BatchWriteItem call. */
const BATCH_SIZE = 25;

/** Error names that mean "slow down" rather than "this request is wrong". */
const THROTTLING_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
]);

/**
 * Writes any number of puts and deletes in BatchWriteItem calls of 25, re-sending the items DynamoDB
 * returns as unprocessed and backing off (exponential, full jitter) when it throttles. Throws
 * DynamoWriteError when a chunk is still not written after `maxAttempts` calls.
 *
 * @example
 * await batchWriteAll(documentClient, 'pressline', items.map((Item) => ({ PutRequest: { Item } })));
 */
export async function batchWriteAll(
  client: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let start = 0; start < requests.length; start += BATCH_SIZE) {
    chunks.push(requests.slice(start, start + BATCH_SIZE));
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const chunk = chunks[next++] as WriteRequest[];
      await writeChunk(client, tableName, chunk, policy);
    }
  };
  await Promise.all(Array.from({ length: Math.min(policy.concurrency, chunks.length) }, worker));
}

async function writeChunk(
  client: DynamoDBDocumentClient,
  tableName: string,
  chunk: WriteRequest[],
  policy: RetryPolicy,
): Promise<void> {
  let pending = chunk;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await client.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: pending as Mutable<WriteRequest>[] } }),
      );
      pending = (response.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
      if (pending.length === 0) return;
    } catch (error) {
      if (!isThrottling(error) || attempt >= policy.maxAttempts) {
        throw new DynamoWriteError(`batch write of ${pending.length} items to ${tableName} failed`, {
          cause: error,
        });
      }
    }
    if (attempt >= policy.maxAttempts) {
      throw new DynamoWriteError(
        `${pending.length} items to ${tableName} still unprocessed after ${attempt} attempts`,
      );
    }
    await policy.sleep(backoffDelay(attempt, policy));
  }
}

/** Exponential backoff with full jitter: spreads retries of many writers over time. */
function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.random() * ceiling;
}

function isThrottling(error: unknown): boolean {
  return error instanceof Error && THROTTLING_ERRORS.has(error.name);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
