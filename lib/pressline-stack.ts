import { Aws, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { INCOMING_PREFIX, INGEST_BATCH_SIZE, MAX_RECEIVE_COUNT } from '../lambdas/model/pipeline-settings.ts';
import { BucketQueueNotification } from './constructs/bucket-queue-notification.ts';
import { IngestFunction } from './constructs/ingest-function.ts';
import { IngestQueue } from './constructs/ingest-queue.ts';
import { PipelineAlarms } from './constructs/pipeline-alarms.ts';
import { QueryFunction } from './constructs/query-function.ts';
import { ReleaseBucket } from './constructs/release-bucket.ts';
import { ReleaseTable } from './constructs/release-table.ts';
import type { DeployConfig } from './deploy-config.ts';
import { REPO_PATHS } from './repo-paths.ts';

/** A batch of ten typical releases extracts in seconds; the margin covers a few releases near the size limit. */
export const INGEST_TIMEOUT = Duration.minutes(2);
export const INGEST_BATCHING_WINDOW = Duration.seconds(5);

export interface PresslineStackProps extends StackProps {
  readonly config: DeployConfig;
  /** Handler modules to bundle. @default the real handlers under lambdas/handlers */
  readonly handlers?: { readonly ingest: string; readonly query: string };
}

/**
 * The whole pipeline: bucket ─► queue (and dead-letter queue) ─► ingest function ─► table ◄─ query
 * function behind an IAM-authorized URL, with alarms. Wiring and defaults only; the behaviour lives in
 * the handlers.
 */
export class PresslineStack extends Stack {
  constructor(scope: Construct, id: string, props: PresslineStackProps) {
    super(scope, id, props);
    const { config } = props;
    const handlers = props.handlers ?? { ingest: REPO_PATHS.ingestHandler, query: REPO_PATHS.queryHandler };

    const releases = new ReleaseBucket(this, 'Releases', {
      removalPolicy: config.removalPolicy,
      noncurrentVersionExpiration: config.noncurrentVersionExpiration,
      accessLogExpiration: config.accessLogExpiration,
    });
    const queues = new IngestQueue(this, 'Events', {
      consumerTimeout: INGEST_TIMEOUT,
      consumerBatchingWindow: INGEST_BATCHING_WINDOW,
      maxReceiveCount: MAX_RECEIVE_COUNT,
    });
    new BucketQueueNotification(this, 'ReleaseEvents', {
      bucket: releases.bucket,
      bucketArn: releases.bucketArnFromName,
      queue: queues.queue,
      prefix: INCOMING_PREFIX,
    });
    const table = new ReleaseTable(this, 'Records', {
      removalPolicy: config.removalPolicy,
      deletionProtection: config.deletionProtection,
    });
    const ingest = new IngestFunction(this, 'Ingest', {
      entry: handlers.ingest,
      bucket: releases.bucket,
      prefix: INCOMING_PREFIX,
      table,
      queue: queues.queue,
      maxBytes: config.maxBytes,
      maxConcurrency: config.ingestMaxConcurrency,
      timeout: INGEST_TIMEOUT,
      maxBatchingWindow: INGEST_BATCHING_WINDOW,
      batchSize: INGEST_BATCH_SIZE,
      logRetention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });
    const query = new QueryFunction(this, 'Query', {
      entry: handlers.query,
      table,
      logRetention: config.logRetention,
      removalPolicy: config.removalPolicy,
    });
    new PipelineAlarms(this, 'Alarms', {
      queue: queues.queue,
      deadLetterQueue: queues.deadLetterQueue,
      ingestFunction: ingest.function,
    });

    new CfnOutput(this, 'BucketName', {
      description: `Drop releases under s3://<bucket>/${INCOMING_PREFIX}`,
      value: releases.bucket.bucketName,
    });
    new CfnOutput(this, 'AccessLogBucketName', {
      description: 'Server access logs of the release bucket',
      value: releases.accessLogBucket.bucketName,
    });
    new CfnOutput(this, 'TableName', { value: table.table.tableName });
    new CfnOutput(this, 'QueueUrl', {
      description: 'pressline reprocess sends re-ingest messages here',
      value: queues.queue.queueUrl,
    });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: queues.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'QueryUrl', {
      description: 'Function URL of the query function (AWS_IAM auth: SigV4-sign requests)',
      value: query.url.url,
    });
    new CfnOutput(this, 'Region', { value: Aws.REGION });
  }
}
