import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ExtractOptions } from '../core/index.ts';
import { generationOf, monthOf } from '../model/item-keys.ts';
import { type ErrorCode, PressRecord } from '../model/press-record.ts';
import {
  type ProcessingStamp,
  releaseIdOf,
  toDeletedDocument,
  toRejectedDocument,
  toReleaseItems,
} from '../model/release-items.ts';
import type { DocumentItem } from '../model/stored-items.ts';
import type { ReleaseStore } from './dynamo-store.ts';
import { ExtractionContractError } from './extraction-contract-error.ts';
import { readReleaseText } from './release-format.ts';
import type { ObjectEvent } from './s3-event.ts';
import { readObject } from './s3-reader.ts';

/** What processing one object event did; every outcome is an expected one. */
export type IngestOutcome =
  | {
      readonly status: 'ingested';
      readonly id: string;
      readonly extractionMs: number;
      readonly quotes: number;
    }
  | { readonly status: 'rejected'; readonly id: string; readonly code: ErrorCode; readonly message: string }
  | { readonly status: 'deleted'; readonly id: string }
  /** The table holds a newer event's result for the key: this event changes nothing. */
  | { readonly status: 'stale'; readonly id: string }
  /** The table holds this very version, made by this extractor: nothing to do. */
  | { readonly status: 'duplicate'; readonly id: string }
  /** The object was deleted before its event was processed; its delete event accounts for it. */
  | { readonly status: 'vanished'; readonly id: string };

export interface IngestDependencies {
  readonly s3: S3Client;
  readonly store: ReleaseStore;
  readonly maxBytes: number;
  readonly extractorVersion: string;
  readonly extract: (text: string, options: ExtractOptions) => unknown;
  readonly now: () => Date;
  /** Months already recorded by this process, so the calendar item is written once per month. */
  readonly recordedMonths: Set<string>;
}

/**
 * Applies one S3 object event to the table: a created object is read, extracted and stored (or
 * rejected with a reason), a removed one is deleted; idempotent, and an event older than what the
 * table holds for the key changes nothing. Unexpected failures throw, so that the message is retried.
 *
 * @example
 * await ingestObjectEvent(event, dependencies) // { status: 'ingested', id: 'incoming/a.txt', … }
 */
export async function ingestObjectEvent(
  event: ObjectEvent,
  deps: IngestDependencies,
): Promise<IngestOutcome> {
  const id = releaseIdOf(event.key);
  const existing = await deps.store.readDocument(id);
  if (existing !== undefined && existing.sequencer > event.sequencer) return { status: 'stale', id };
  const stamp = stampOf(event, deps.now());
  if (event.change === 'removed') return removeRelease(stamp, event, existing, deps);

  if (event.size !== null && event.size > deps.maxBytes) {
    // S3 states the size in the event: no need to download what will be refused.
    const message = `the object has ${event.size} bytes, more than the limit of ${deps.maxBytes}`;
    return reject(stamp, { code: 'too-large', message }, { sha256: null, size: event.size }, deps);
  }
  const read = await readObject(deps.s3, event, deps.maxBytes);
  if (!read.ok && read.code === 'not-found') return { status: 'vanished', id };
  if (!read.ok) return reject(stamp, read, { sha256: null, size: event.size }, deps);
  const sha256 = createHash('sha256').update(read.bytes).digest('hex');
  if (isSameIngestion(existing, event, sha256, deps.extractorVersion)) {
    // A redelivery after a run that committed and then died before its sweep: finish the sweep, or
    // the replaced generation's items would stay behind for good.
    await deps.store.removeOlderGenerations(id, existing.generation);
    return { status: 'duplicate', id };
  }
  const details = { sha256, size: read.bytes.length };
  const text = await readReleaseText(event.key, read.bytes, {
    maxBytes: deps.maxBytes,
    ...(read.contentType === undefined ? {} : { contentType: read.contentType }),
  });
  if (!text.ok) return reject(stamp, text, details, deps);

  const uploadedDate = (read.lastModified ?? new Date(event.eventTime)).toISOString().slice(0, 10);
  const started = performance.now();
  const extracted = deps.extract(text.text, {
    source: `s3://${event.bucket}/${event.key}`,
    referenceDate: uploadedDate,
  });
  const extractionMs = performance.now() - started;
  const record = PressRecord.safeParse(extracted);
  if (!record.success) {
    throw new ExtractionContractError(`the record extracted from ${id} breaks the contract`, {
      cause: record.error,
    });
  }
  const { document, items } = toReleaseItems(record.data, {
    ...stamp,
    ...details,
    extractorVersion: deps.extractorVersion,
    uploadedDate,
  });
  await recordMonth(monthOf(document.sortDate), deps);
  await deps.store.writeItems(items);
  if (!(await commit(document, deps.store))) return { status: 'stale', id };
  return { status: 'ingested', id, extractionMs, quotes: record.data.quotes.length };
}

function stampOf(event: ObjectEvent, now: Date): ProcessingStamp {
  const ingestedAt = now.toISOString();
  // A fixed-width nonce keeps every generation id the same length (the store's range deletes rely on it).
  const nonce = randomBytes(4).toString('hex');
  return {
    bucket: event.bucket,
    key: event.key,
    versionId: event.versionId,
    sequencer: event.sequencer,
    generation: generationOf(event.sequencer, ingestedAt, nonce),
    ingestedAt,
  };
}

async function removeRelease(
  stamp: ProcessingStamp,
  event: ObjectEvent,
  existing: DocumentItem | undefined,
  deps: IngestDependencies,
): Promise<IngestOutcome> {
  const id = releaseIdOf(event.key);
  // In a versioned bucket, `ObjectRemoved:Delete` with a version id removes that version for good;
  // when it is not the version the record was made from, the record still describes the object.
  const otherVersion =
    event.eventName === 'ObjectRemoved:Delete' &&
    event.versionId !== null &&
    existing?.versionId != null &&
    existing.versionId !== event.versionId;
  if (otherVersion) return { status: 'stale', id };
  if (!(await commit(toDeletedDocument(stamp), deps.store))) return { status: 'stale', id };
  return { status: 'deleted', id };
}

async function reject(
  stamp: ProcessingStamp,
  error: { readonly code: ErrorCode; readonly message: string },
  details: { readonly sha256: string | null; readonly size: number | null },
  deps: IngestDependencies,
): Promise<IngestOutcome> {
  const document = toRejectedDocument(stamp, error, { ...details, extractorVersion: deps.extractorVersion });
  if (!(await commit(document, deps.store))) return { status: 'stale', id: document.id };
  return { status: 'rejected', id: document.id, code: error.code, message: error.message };
}

/**
 * Makes a document visible and removes what it replaces; when a newer generation won the race, removes
 * this generation's own items instead. True when committed.
 */
async function commit(document: DocumentItem, store: ReleaseStore): Promise<boolean> {
  const outcome = await store.commitDocument(document);
  if (outcome === 'superseded') {
    await store.removeGeneration(document.id, document.generation);
    return false;
  }
  await store.removeOlderGenerations(document.id, document.generation);
  return true;
}

function isSameIngestion(
  existing: DocumentItem | undefined,
  event: ObjectEvent,
  sha256: string,
  extractorVersion: string,
): existing is DocumentItem {
  return (
    existing?.status === 'ingested' &&
    existing.sequencer === event.sequencer &&
    existing.sha256 === sha256 &&
    existing.extractorVersion === extractorVersion
  );
}

async function recordMonth(month: string, deps: IngestDependencies): Promise<void> {
  if (deps.recordedMonths.has(month)) return;
  await deps.store.recordMonth(month);
  deps.recordedMonths.add(month);
}
