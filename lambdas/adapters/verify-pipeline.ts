import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type ConsistencyReport, compareBucketWithTable } from '../model/consistency.ts';
import { listBucketObjects, withChecksums } from './verify-bucket.ts';
import { scanTableContents } from './verify-table.ts';

export interface VerifyTarget {
  readonly s3: S3Client;
  readonly documents: DynamoDBDocumentClient;
  readonly bucket: string;
  readonly table: string;
  /** Only objects under this prefix are releases. */
  readonly prefix: string;
  /** Read every object and compare its SHA-256 with the record's (one GET per object). */
  readonly checksums?: boolean;
}

/**
 * Lists the bucket and scans the table at the same time, then compares them.
 *
 * @example
 * const report = await verifyPipeline({ s3, documents, bucket, table, prefix: 'incoming/' });
 * report.findings.length // 0 on a consistent, quiet pipeline
 */
export async function verifyPipeline(target: VerifyTarget): Promise<ConsistencyReport> {
  const [listed, contents] = await Promise.all([
    listBucketObjects(target.s3, target.bucket, target.prefix),
    scanTableContents(target.documents, target.table),
  ]);
  const objects = target.checksums ? await withChecksums(target.s3, target.bucket, listed) : listed;
  return compareBucketWithTable(objects, contents);
}
