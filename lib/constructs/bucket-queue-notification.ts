import { Aws } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface BucketQueueNotificationProps {
  readonly bucket: Bucket;
  /** The bucket's ARN as a string that does not reference the bucket resource (see ReleaseBucket). */
  readonly bucketArn: string;
  readonly queue: Queue;
  /** Only keys under this prefix produce events. */
  readonly prefix: string;
}

/** The events the ingest pipeline handles: a release was added or replaced, or it was deleted. */
export const NOTIFIED_EVENTS = ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] as const;

/**
 * Sends the bucket's object-created and object-removed events under a prefix to a queue.
 *
 * The notification is declared on the bucket itself (`NotificationConfiguration` of the
 * CloudFormation bucket) rather than with `bucket.addEventNotification`, whose custom-resource Lambda
 * brings a role with a managed policy and does not deploy on LocalStack's free edition. S3 checks
 * that it may send to the queue when the configuration is set, so the bucket depends on the queue
 * policy, which lets only this bucket in this account send.
 */
export class BucketQueueNotification extends Construct {
  constructor(scope: Construct, id: string, props: BucketQueueNotificationProps) {
    super(scope, id);

    const grant = props.queue.grant(
      new ServicePrincipal('s3.amazonaws.com', {
        conditions: {
          ArnEquals: { 'aws:SourceArn': props.bucketArn },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
      'sqs:SendMessage',
    );
    const cfnBucket = props.bucket.node.defaultChild as CfnBucket;
    cfnBucket.notificationConfiguration = {
      queueConfigurations: NOTIFIED_EVENTS.map((event) => ({
        event,
        queue: props.queue.queueArn,
        filter: { s3Key: { rules: [{ name: 'prefix', value: props.prefix }] } },
      })),
    };
    // DependsOn the queue policy, which the grant wrote the statement into.
    grant.applyBefore(cfnBucket);
  }
}
