import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface IngestQueueProps {
  /** Timeout of the function that consumes the queue. */
  readonly consumerTimeout: Duration;
  /** The event source's maximum batching window. @default Duration.seconds(0) */
  readonly consumerBatchingWindow?: Duration;
  /** Receives before a message moves to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
}

/** What AWS recommends for an SQS event source: six times the function timeout, plus the batching window. */
const VISIBILITY_TIMEOUT_FACTOR = 6;

/**
 * The queue between the bucket's events and the ingest function, with its dead-letter queue.
 *
 * Both queues use SQS-managed server-side encryption (SSE-SQS): S3 can only deliver events to a
 * KMS-encrypted queue if the key policy lets s3.amazonaws.com use the key (the AWS managed key
 * `aws/sqs` never can), whereas SSE-SQS encrypts at rest with no key policy, KMS cost or KMS
 * request throttling. Both deny any request not made over TLS.
 *
 * The visibility timeout leaves room for Lambda's retries of a throttled batch before a message
 * becomes visible again and is received twice; the receive count bounds how often a poison file is
 * retried before it is parked in the dead-letter queue, which keeps it for the 14-day maximum.
 */
export class IngestQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: IngestQueueProps) {
    super(scope, id);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    const window = props.consumerBatchingWindow ?? Duration.seconds(0);
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(
        props.consumerTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR + window.toSeconds(),
      ),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
    });
  }
}
