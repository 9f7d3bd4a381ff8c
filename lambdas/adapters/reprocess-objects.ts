import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DOCUMENT_SK, releasePk } from '../model/item-keys.ts';
import { releaseIdOf } from '../model/release-items.ts';
import { DocumentItem } from '../model/stored-items.ts';
import { type ReprocessTarget, toReprocessMessage } from './reprocess-message.ts';

export interface ReprocessDependencies {
  readonly s3: S3Client;
  readonly sqs: SQSClient;
  readonly documents: DynamoDBDocumentClient;
  readonly bucket: string;
  readonly table: string;
  readonly queueUrl: string;
  /** @default 'incoming/' */
  readonly prefix?: string;
  /** Called after each batch of messages, with the running totals. */
  readonly onProgress?: (progress: { readonly sent: number; readonly failed: number }) => void;
}

export interface ReprocessSummary {
  readonly sent: number;
  /** Keys whose message the queue refused twice: run reprocess again for them. */
  readonly failed: readonly string[];
}

/** SQS's limit of entries per SendMessageBatch call. */
const SEND_BATCH_SIZE = 10;
/** DynamoDB's limit of keys per BatchGetItem call. */
const GET_BATCH_SIZE = 100;

/**
 * Sends every object under the prefix through the ingest queue again, as S3-event-shaped messages,
 * so that the normal ingest path re-extracts it (for when the extractor improves). Objects already
 * recorded by the current extractor from the same bytes are skipped by the ingest path itself.
 *
 * @example
 * await reprocessObjects({ s3, sqs, documents, bucket, table, queueUrl }) // { sent: 42, failed: [] }
 */
export async function reprocessObjects(deps: ReprocessDependencies): Promise<ReprocessSummary> {
  let sent = 0;
  const failed: string[] = [];
  let continuationToken: string | undefined;
  do {
    const listing = await deps.s3.send(
      new ListObjectsV2Command({
        Bucket: deps.bucket,
        Prefix: deps.prefix ?? 'incoming/',
        ContinuationToken: continuationToken,
      }),
    );
    const objects = (listing.Contents ?? []).flatMap((object) =>
      object.Key === undefined || object.Key.endsWith('/')
        ? []
        : [{ key: object.Key, size: object.Size ?? 0, lastModified: object.LastModified ?? new Date(0) }],
    );
    const recorded = await readRecordedEvents(
      deps,
      objects.map((object) => releaseIdOf(object.key)),
    );
    const targets: ReprocessTarget[] = objects.map((object) => ({
      bucket: deps.bucket,
      ...object,
      ...recorded.get(releaseIdOf(object.key)),
    }));
    for (let start = 0; start < targets.length; start += SEND_BATCH_SIZE) {
      const batch = targets.slice(start, start + SEND_BATCH_SIZE);
      const refused = await sendBatch(deps, batch);
      sent += batch.length - refused.length;
      failed.push(...refused);
      deps.onProgress?.({ sent, failed: failed.length });
    }
    continuationToken = listing.IsTruncated ? listing.NextContinuationToken : undefined;
  } while (continuationToken !== undefined);
  return { sent, failed };
}

/** The sequencer and version of the event each recorded release came from. */
async function readRecordedEvents(
  deps: ReprocessDependencies,
  ids: readonly string[],
): Promise<Map<string, { sequencer: string; versionId?: string }>> {
  const recorded = new Map<string, { sequencer: string; versionId?: string }>();
  for (let start = 0; start < ids.length; start += GET_BATCH_SIZE) {
    let keys: Record<string, unknown>[] = ids
      .slice(start, start + GET_BATCH_SIZE)
      .map((id) => ({ pk: releasePk(id), sk: DOCUMENT_SK }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      // Unprocessed keys mean the table is busy: back off before asking again.
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      const response = await deps.documents.send(
        new BatchGetCommand({ RequestItems: { [deps.table]: { Keys: keys } } }),
      );
      for (const raw of response.Responses?.[deps.table] ?? []) {
        const document = DocumentItem.parse(raw);
        recorded.set(document.id, {
          sequencer: document.sequencer,
          ...(document.versionId === null || document.status === 'deleted'
            ? {}
            : { versionId: document.versionId }),
        });
      }
      keys = (response.UnprocessedKeys?.[deps.table]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return recorded;
}

/** Sends one batch, re-sending once the entries SQS refused; returns the keys refused twice. */
async function sendBatch(deps: ReprocessDependencies, batch: readonly ReprocessTarget[]): Promise<string[]> {
  let pending = batch.map((target, index) => ({ id: String(index), target }));
  for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
    const response = await deps.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: deps.queueUrl,
        Entries: pending.map(({ id, target }) => ({ Id: id, MessageBody: toReprocessMessage(target) })),
      }),
    );
    const refused = new Set((response.Failed ?? []).map((failure) => failure.Id));
    pending = pending.filter(({ id }) => refused.has(id));
  }
  return pending.map(({ target }) => target.key);
}
