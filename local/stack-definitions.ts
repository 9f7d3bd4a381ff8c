/**
 * Values of the embedded local stack. What it shares with the CDK stack (prefix, receive count, batch
 * size, key schema) comes from `lambdas/model/`, so the two cannot drift; these are the local rest.
 */

export { INCOMING_PREFIX, INGEST_BATCH_SIZE, MAX_RECEIVE_COUNT } from '../lambdas/model/pipeline-settings.ts';

/** Ingest invocations at once locally, like the dev stage's event-source concurrency cap. */
export const LOCAL_INGEST_CONCURRENCY = 2;

/**
 * Seconds a received message stays hidden before a retry. AWS uses six times the function timeout;
 * locally a few seconds, so a poison file reaches the dead-letter list in half a minute, not an hour.
 */
export const LOCAL_VISIBILITY_TIMEOUT_SECONDS = 5;

/** Names of the local stack's resources (a deployed stack takes its names from the stack outputs). */
export const LOCAL_RESOURCE_NAMES = {
  bucket: 'pressline-local-releases',
  table: 'pressline-local-records',
  queue: 'pressline-local-ingest',
  deadLetterQueue: 'pressline-local-ingest-dlq',
} as const;

export type ResourceNames = { readonly [K in keyof typeof LOCAL_RESOURCE_NAMES]: string };

/**
 * Default loopback ports of `pressline dev`: one gateway for `AWS_ENDPOINT_URL` (routes DynamoDB calls
 * to DynamoDB Local and the rest to fauxqs), and the two emulators' own ports.
 */
export const DEFAULT_LOCAL_PORTS = { gateway: 4566, aws: 4567, dynamo: 8000 } as const;
