import { createHash } from 'node:crypto';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { BucketObject } from '../model/consistency.ts';
import { mapLimited } from './map-limited.ts';
import { S3ReadError } from './s3-read-error.ts';

/** Objects read at once when hashing: enough to hide latency, few enough for a laptop's sockets. */
const READS_AT_ONCE = 16;

/**
 * Lists the latest version of every object under a prefix (ListObjectsV2 pages of 1,000).
 *
 * @example
 * await listBucketObjects(s3, 'bucket', 'incoming/') // [{ key: 'incoming/a.txt', size: 812, lastModified: '…' }]
 */
export async function listBucketObjects(
  s3: S3Client,
  bucket: string,
  prefix: string,
): Promise<BucketObject[]> {
  const objects: BucketObject[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
    );
    for (const entry of page.Contents ?? []) {
      if (entry.Key === undefined) continue;
      objects.push({
        key: entry.Key,
        size: entry.Size ?? 0,
        lastModified: (entry.LastModified ?? new Date(0)).toISOString(),
      });
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return objects;
}

/**
 * Reads every object and adds the SHA-256 of its bytes: the one way to compare an object's content
 * with the record's hash (an ETag is an MD5, or a hash of part hashes). An object deleted since the
 * listing keeps no hash (the comparison then checks size and time only).
 *
 * @example
 * await withChecksums(s3, 'bucket', objects) // the same objects, each with `sha256`
 */
export function withChecksums(
  s3: S3Client,
  bucket: string,
  objects: readonly BucketObject[],
): Promise<BucketObject[]> {
  return mapLimited(objects, READS_AT_ONCE, async (object) => {
    const sha256 = await hashObject(s3, bucket, object.key);
    return sha256 === undefined ? object : { ...object, sha256 };
  });
}

async function hashObject(s3: S3Client, bucket: string, key: string): Promise<string | undefined> {
  try {
    const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const hash = createHash('sha256');
    for await (const chunk of (response.Body as AsyncIterable<Uint8Array> | undefined) ?? [])
      hash.update(chunk);
    return hash.digest('hex');
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw new S3ReadError(`reading s3://${bucket}/${key} to hash it failed`, { cause: error });
  }
}
