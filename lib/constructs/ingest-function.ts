import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { PresslineFunction } from './pressline-function.ts';
import type { ReleaseTable } from './release-table.ts';

export interface IngestFunctionProps {
  /** Absolute path of the handler module. */
  readonly entry: string;
  readonly bucket: Bucket;
  /** Key prefix the function may read. */
  readonly prefix: string;
  readonly table: ReleaseTable;
  readonly queue: IQueue;
  /** Objects above this size are rejected unread (`PRESSLINE_MAX_BYTES`). */
  readonly maxBytes: number;
  /** Most concurrent invocations the queue may drive (2 to 1000). */
  readonly maxConcurrency: number;
  /** Must match the queue's visibility timeout calculation. */
  readonly timeout: Duration;
  /** @default Duration.seconds(5) */
  readonly maxBatchingWindow?: Duration;
  /** @default 10 */
  readonly batchSize?: number;
  /** compromise is CPU-bound and Lambda's CPU share grows with memory. @default 1024 */
  readonly memorySize?: number;
  readonly logRetention: RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * What ingest does to the table, and no more: conditional puts and updates (the sequencer guard),
 * batched puts and deletes of a release's items, and reading them (Get, Query) so a re-processed
 * release replaces them all. No Scan, no single-item DeleteItem, no table management.
 */
export const INGEST_TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:BatchWriteItem',
] as const;

/** The ingest function, fed by the queue in batches, with partial batch failures reported. */
export class IngestFunction extends Construct {
  readonly function: IFunction;

  constructor(scope: Construct, id: string, props: IngestFunctionProps) {
    super(scope, id);

    const fn = new PresslineFunction(this, 'Ingest', {
      entry: props.entry,
      description: 'Extracts a record from each release dropped into the bucket and stores it',
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      environment: {
        PRESSLINE_TABLE: props.table.table.tableName,
        PRESSLINE_BUCKET: props.bucket.bucketName,
        PRESSLINE_MAX_BYTES: String(props.maxBytes),
        POWERTOOLS_SERVICE_NAME: 'pressline-ingest',
        POWERTOOLS_METRICS_NAMESPACE: 'Pressline',
      },
    });
    this.function = fn.function;

    props.bucket.grantRead(fn.role, `${props.prefix}*`);
    props.table.grantActions(fn.role, INGEST_TABLE_ACTIONS);
    fn.function.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: props.batchSize ?? 10,
        maxBatchingWindow: props.maxBatchingWindow ?? Duration.seconds(5),
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency,
      }),
    );

    acknowledgeBucketReadWildcards(fn, props.bucket, props.prefix);
  }
}

/** cdk-nag reports each wildcard of `bucket.grantRead(role, 'incoming/*')` on its own. */
function acknowledgeBucketReadWildcards(fn: PresslineFunction, bucket: Bucket, prefix: string): void {
  const bucketLogicalId = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnBucket);
  const reason =
    'bucket.grantRead scoped to the incoming/ prefix: the S3 read-only action families, on objects the ' +
    'pipeline ingests; ListBucket lets a missing object read as NoSuchKey rather than AccessDenied.';
  Validations.of(fn.role).acknowledge(
    { id: 'AwsSolutions-IAM5[Action::s3:GetObject*]', reason },
    { id: 'AwsSolutions-IAM5[Action::s3:GetBucket*]', reason },
    { id: 'AwsSolutions-IAM5[Action::s3:List*]', reason },
    { id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${prefix}*]`, reason },
  );
}
