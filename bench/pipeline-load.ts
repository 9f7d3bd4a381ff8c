// The local pipeline under load: many uploads at once through the embedded stack (the real ingest
// handler behind the emulated bucket notification and queue), then `pressline verify`'s comparison.
// Used by `npm run bench` (issue 5: 1,000 releases through `pressline put`'s upload code), by
// `npm run bench:load` (issue 6: 5,000 uploads with 5% bad files) and, at CI size, by
// `infra-tests/load/pipeline-load.test.ts`.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { parseQueueMessage } from '../lambdas/adapters/s3-event.ts';
import { verifyPipeline } from '../lambdas/adapters/verify-pipeline.ts';
import type { ConsistencyReport } from '../lambdas/model/consistency.ts';
import { type LocalStack, startLocalStack } from '../local/local-stack.ts';
import type { BatchOutcome } from '../local/queue-poller.ts';
import type { ReleaseFile } from '../local/release-files.ts';
import { INCOMING_PREFIX } from '../local/stack-definitions.ts';
import { uploadReleases } from '../local/upload-releases.ts';
import type { BenchText } from './corpus-texts.ts';
import { type BenchRow, formatMs } from './report.ts';
import { percentile } from './statistics.ts';

/** A file of the load: a release, or a bad file the pipeline must reject (and why). */
export interface LoadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly bad?: 'empty' | 'binary' | 'invalid-encoding';
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * `count` files: releases from `texts` (each made unique by a numbered last line, so no two share a
 * hash), with every `1 / badShare`-th file bad, in turn empty, a PNG, and text with bytes that are not
 * UTF-8. Deterministic.
 *
 * @example
 * makeLoadFiles(texts, 300, 0.05).filter((file) => file.bad).length // 15
 */
export function makeLoadFiles(texts: readonly BenchText[], count: number, badShare: number): LoadFile[] {
  if (texts.length === 0) throw new RangeError('makeLoadFiles needs at least one release text');
  // No bad file at all when the share is 0: every (count + 1)-th file is past the end.
  const every = badShare > 0 ? Math.max(1, Math.round(1 / badShare)) : count + 1;
  const kinds = ['empty', 'binary', 'invalid-encoding'] as const;
  const encoder = new TextEncoder();
  return Array.from({ length: count }, (_, index) => {
    const name = `load/${String(index).padStart(5, '0')}`;
    if ((index + 1) % every === 0) {
      const bad = kinds[Math.floor(index / every) % kinds.length] ?? 'empty';
      return { name: `${name}-${bad}.txt`, bytes: badBytes(bad, index), bad };
    }
    const text = texts[index % texts.length] as BenchText;
    const extension = text.name.endsWith('.md') ? '.md' : '.txt';
    return { name: `${name}${extension}`, bytes: encoder.encode(`${text.text}\n\nLoad copy ${index}.\n`) };
  });
}

function badBytes(kind: 'empty' | 'binary' | 'invalid-encoding', index: number): Uint8Array {
  if (kind === 'empty') return new Uint8Array();
  if (kind === 'binary')
    return Uint8Array.from([
      ...PNG_SIGNATURE,
      ...Array.from({ length: 64 }, (_, i) => (i * 31 + index) % 256),
    ]);
  // "Caf" then a lone continuation byte and a truncated sequence: no UTF-8 decoder accepts it.
  return Uint8Array.from([...new TextEncoder().encode(`Release ${index}: Caf`), 0xe9, 0x20, 0xc3]);
}

export interface LoadResult {
  readonly uploaded: number;
  readonly bad: number;
  /** Upload of the first file to the moment the stack settled. */
  readonly totalMs: number;
  readonly releasesPerSecond: number;
  /** Per object: its upload's completion to the end of the ingest invocation that committed it. */
  readonly latencyMs: { readonly p50: number; readonly p95: number; readonly max: number };
  /** Per object: its upload's completion to the record's `ingestedAt` (processing began). */
  readonly toIngestedAtMs: { readonly p50: number; readonly p95: number };
  readonly report: ConsistencyReport;
  /**
   * Documents read twice for one key by a full scan of documents: one partition per key makes it
   * impossible by design; counted so that the claim is measured, not assumed. Duplicate items of a
   * release (two generations, two lookup entries) show as verify findings instead.
   */
  readonly duplicateDocuments: number;
  readonly failedUploads: number;
  /** How long `pressline verify`'s listing, scan and comparison took once the stack had settled. */
  readonly verifyMs: number;
  /**
   * Afterwards, on the idle stack: releases uploaded one at a time, each waited for, upload done to
   * the end of the invocation that committed it (the latency of one release with no queue ahead).
   */
  readonly idleLatencyMs: { readonly p50: number; readonly p95: number; readonly max: number };
}

/** Releases uploaded one at a time after the load, to measure latency with no queue ahead. */
const IDLE_PROBES = 20;

/**
 * Starts an embedded stack, writes the files to a temporary folder, uploads them all through
 * `pressline put`'s upload code, waits until the stack settles, then compares bucket and table.
 *
 * @example
 * const result = await runPipelineLoad(makeLoadFiles(texts, 300, 0.05));
 * result.report.findings // []
 */
export async function runPipelineLoad(
  files: readonly LoadFile[],
  options: { readonly settleTimeoutMs?: number } = {},
): Promise<LoadResult> {
  const committedAt = new Map<string, number>();
  const recordBatch = (outcome: BatchOutcome) => {
    const finished = Date.now();
    const failed = new Set(outcome.failedIds);
    for (const message of outcome.event.Records) {
      if (failed.has(message.messageId)) continue;
      const parsed = parseQueueMessage(message.body);
      if (parsed.kind !== 'events') continue;
      for (const event of parsed.events)
        if (!committedAt.has(event.key)) committedAt.set(event.key, finished);
    }
  };
  const folder = await mkdtemp(join(tmpdir(), 'pressline-load-'));
  let stack: LocalStack | undefined;
  try {
    const releaseFiles = await writeLoadFiles(folder, files);
    process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
    stack = await startLocalStack({ onBatch: recordBatch });
    const uploadedAt = new Map<string, number>();
    const started = Date.now();
    const failures = await uploadReleases(
      stack.clients.s3,
      stack.resources.bucket,
      releaseFiles,
      (progress) => uploadedAt.set(progress.key, Date.now()),
    );
    // Generous: a busy 2-core machine ingests a few releases per second; the wait only bounds a hang.
    await stack.settled(options.settleTimeoutMs ?? Math.max(120_000, files.length * 500));
    const totalMs = Date.now() - started;
    const documents = DynamoDBDocumentClient.from(stack.clients.dynamo);
    const verifyStarted = Date.now();
    const report = await verifyPipeline({
      s3: stack.clients.s3,
      documents,
      bucket: stack.resources.bucket,
      table: stack.resources.table,
      prefix: INCOMING_PREFIX,
    });
    const verifyMs = Date.now() - verifyStarted;
    const ingestedAt = await readIngestedAt(stack, documents, [...uploadedAt.keys()]);
    const latencies = [...uploadedAt].flatMap(([key, at]) => {
      const committed = committedAt.get(key);
      return committed === undefined ? [] : [committed - at];
    });
    const toIngested = [...uploadedAt].flatMap(([key, at]) => {
      const stamp = ingestedAt.get(key);
      return stamp === undefined ? [] : [stamp - at];
    });
    return {
      uploaded: files.length,
      bad: files.filter((file) => file.bad !== undefined).length,
      totalMs,
      releasesPerSecond: files.length / (totalMs / 1000),
      latencyMs: summarize(latencies),
      toIngestedAtMs: summarize(toIngested),
      report,
      duplicateDocuments: ingestedAt.duplicates,
      failedUploads: failures.length,
      verifyMs,
      idleLatencyMs: summarize(
        await measureIdleLatency(
          stack,
          releaseFiles.filter((_, index) => files[index]?.bad === undefined),
          committedAt,
        ),
      ),
    };
  } finally {
    await stack?.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Re-uploads a few of the load's (good) release files under new keys, one at a time, each waited for. */
async function measureIdleLatency(
  stack: LocalStack,
  releaseFiles: readonly ReleaseFile[],
  committedAt: ReadonlyMap<string, number>,
): Promise<number[]> {
  const latencies: number[] = [];
  for (const [index, file] of releaseFiles.slice(0, IDLE_PROBES).entries()) {
    const probe = { path: file.path, name: `idle/${index}-${file.name.replaceAll('/', '-')}` };
    let uploadedAt = 0;
    await uploadReleases(stack.clients.s3, stack.resources.bucket, [probe], () => {
      uploadedAt = Date.now();
    });
    const key = `${INCOMING_PREFIX}${probe.name}`;
    const deadline = Date.now() + 60_000;
    while (!committedAt.has(key) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 2));
    const committed = committedAt.get(key);
    if (committed !== undefined && uploadedAt > 0) latencies.push(committed - uploadedAt);
  }
  return latencies;
}

async function writeLoadFiles(folder: string, files: readonly LoadFile[]): Promise<ReleaseFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const path = join(folder, file.name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.bytes);
      return { path, name: file.name };
    }),
  );
}

/** Each key's document `ingestedAt` (as epoch ms), and how many keys have more than one document. */
async function readIngestedAt(
  stack: LocalStack,
  documents: DynamoDBDocumentClient,
  keys: readonly string[],
): Promise<Map<string, number> & { duplicates: number }> {
  const found = new Map<string, number>() as Map<string, number> & { duplicates: number };
  const wanted = new Set(keys);
  let duplicates = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new ScanCommand({
        TableName: stack.resources.table,
        FilterExpression: 'sk = :doc',
        ExpressionAttributeValues: { ':doc': 'DOC' },
        ProjectionExpression: 'id, ingestedAt',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const id = String(item.id);
      if (!wanted.has(id)) continue;
      if (found.has(id)) duplicates += 1;
      found.set(id, Date.parse(String(item.ingestedAt)));
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  found.duplicates = duplicates;
  return found;
}

function summarize(values: readonly number[]): { p50: number; p95: number; max: number } {
  if (values.length === 0) return { p50: Number.NaN, p95: Number.NaN, max: Number.NaN };
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

/**
 * Whether a load run accounted for every upload: no finding, every object listed, uploaded = records +
 * rejected (as many rejected as bad files), no duplicate, no failed upload.
 */
export function isAccountedFor(result: LoadResult): boolean {
  const { ingested, rejected, deleted } = result.report.documents;
  return (
    result.report.findings.length === 0 &&
    result.report.objects === result.uploaded &&
    ingested + rejected === result.uploaded &&
    rejected === result.bad &&
    deleted === 0 &&
    result.duplicateDocuments === 0 &&
    result.failedUploads === 0
  );
}

/** The bench rows of a load run: throughput and latency, then the accounting. */
export function loadRows(title: string, result: LoadResult): BenchRow[] {
  const { ingested, rejected } = result.report.documents;
  const { latencyMs, toIngestedAtMs } = result;
  return [
    {
      measure: `${title}: ${result.uploaded} uploads at once (${result.bad} bad) via \`pressline put\`'s upload code, embedded stack`,
      value: `${result.releasesPerSecond.toFixed(1)} releases/s end to end (${formatMs(result.totalMs)} in all)`,
    },
    {
      measure: `${title}: upload done -> record committed (end of the ingest invocation)`,
      value: `p50 ${formatMs(latencyMs.p50)}, p95 ${formatMs(latencyMs.p95)}, max ${formatMs(latencyMs.max)}`,
      baseline: `upload -> ingestedAt p50 ${formatMs(toIngestedAtMs.p50)}, p95 ${formatMs(toIngestedAtMs.p95)}`,
    },
    {
      measure: `${title}, then on the idle stack: ${IDLE_PROBES} releases one at a time, upload done -> record committed`,
      value: `p50 ${formatMs(result.idleLatencyMs.p50)}, p95 ${formatMs(result.idleLatencyMs.p95)}, max ${formatMs(result.idleLatencyMs.max)}`,
    },
    {
      measure: `${title}: pressline verify afterwards`,
      value: `${result.report.findings.length} findings; ${result.uploaded} uploaded = ${ingested} records + ${rejected} rejected; ${result.duplicateDocuments} duplicates`,
      baseline: `verify took ${formatMs(result.verifyMs)}`,
      target: 'no finding, all accounted for',
      met: isAccountedFor(result),
    },
  ];
}

/**
 * Runs the load with `uploads` files made from `texts` (a `badShare` of them bad) and returns its rows.
 *
 * @example
 * rows.push(...(await measurePipelineLoad(texts, 1000, 0, 'local pipeline')));
 */
export async function measurePipelineLoad(
  texts: readonly BenchText[],
  uploads: number,
  badShare: number,
  title: string,
): Promise<BenchRow[]> {
  const result = await runPipelineLoad(makeLoadFiles(texts, uploads, badShare));
  return loadRows(title, result);
}
