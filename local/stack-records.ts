import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { ReleaseQueries } from '../lambdas/adapters/release-queries.ts';
import type { ExtractionError, PressRecord } from '../lambdas/model/press-record.ts';

/** What the table holds for one object: its record, or why it has none. */
export type ObjectOutcome = PressRecord | ExtractionError;

/** Every object key under a prefix, in key order. */
export async function listObjectKeys(s3: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: prefix,
        ...(token ? { ContinuationToken: token } : {}),
      }),
    );
    for (const object of page.Contents ?? []) if (object.Key !== undefined) keys.push(object.Key);
    token = page.NextContinuationToken;
  } while (token !== undefined);
  return keys;
}

/**
 * The record (or rejection) of each object key, through the query module; a key with neither was not
 * processed (its message is still queued, or dead-lettered).
 *
 * @example
 * await readObjectOutcomes(queries, ['incoming/a.txt']) // [{ source: 's3://…/incoming/a.txt', … }]
 */
export async function readObjectOutcomes(
  queries: ReleaseQueries,
  keys: readonly string[],
): Promise<ObjectOutcome[]> {
  return Promise.all(
    keys.map(async (key): Promise<ObjectOutcome> => {
      const found = await queries.getRelease(key);
      if (found === undefined) {
        return {
          source: key,
          error: { code: 'read-failed', message: 'no record: still queued, or see `pressline dlq`' },
        };
      }
      if (found.status === 'rejected') return { source: key, error: found.error };
      return found.release.record;
    }),
  );
}
