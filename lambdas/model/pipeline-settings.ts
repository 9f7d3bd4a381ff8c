/**
 * Settings of the pipeline's shape that the CDK stack (`lib/`) and the embedded local stack (`local/`)
 * both build from, so the two cannot drift. The table's key schema and indexes live beside it, in
 * `table-schema.ts`.
 */

/** Only objects under this prefix are releases: the bucket notification's filter. */
export const INCOMING_PREFIX = 'incoming/';

/** Receives before a failing message moves to the dead-letter queue (the queue's redrive policy). */
export const MAX_RECEIVE_COUNT = 5;

/** Messages handed to one ingest invocation (the event source's batch size). */
export const INGEST_BATCH_SIZE = 10;
