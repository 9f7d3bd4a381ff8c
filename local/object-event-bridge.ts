import { HeadObjectCommand, type HeadObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Emulators, ObjectChange } from './emulators.ts';
import { buildS3Event, type ObjectEvent, Sequencer } from './s3-event.ts';

export interface ObjectEventBridgeOptions {
  readonly emulators: Pick<Emulators, 'onObjectChange' | 'region'>;
  readonly s3: S3Client;
  readonly sqs: SQSClient;
  readonly bucket: string;
  /** Only keys under this prefix raise events (the notification's prefix filter). */
  readonly prefix: string;
  readonly queueUrl: string;
  /** Told about a change the bridge could not turn into a message (it is never dropped silently). */
  readonly onError: (error: unknown, change: ObjectChange) => void;
}

export interface ObjectEventBridge {
  /** Changes seen but not yet sent to the queue. */
  pending(): number;
  /** Resolves once every change seen so far is on the queue. */
  flushed(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Does what an S3 bucket notification to SQS does on AWS: each stored object change under the prefix
 * becomes an S3 event message on the queue, in the order the changes happened. The sequencer is taken
 * the instant the change is observed, and the object's size and ETag are requested in the same tick,
 * ahead of any request a client sends after seeing its upload succeed.
 */
export function startObjectEventBridge(options: ObjectEventBridgeOptions): ObjectEventBridge {
  const sequencer = new Sequencer();
  let chain: Promise<void> = Promise.resolve();
  let pending = 0;

  const send = async (event: ObjectEvent | undefined): Promise<void> => {
    if (event === undefined) return;
    const body = JSON.stringify(buildS3Event(event, options.emulators.region));
    await options.sqs.send(new SendMessageCommand({ QueueUrl: options.queueUrl, MessageBody: body }));
  };

  const stopObserving = options.emulators.onObjectChange((change) => {
    if (change.bucket !== options.bucket || !change.key.startsWith(options.prefix)) return;
    const sequence = sequencer.next();
    const time = new Date();
    pending += 1;
    // Look at the object now, before a later request can change it again; send in change order.
    const described = describeChange(options.s3, change, sequence, time);
    described.catch(() => undefined);
    chain = chain
      .then(() => described)
      .then(send)
      .catch((error: unknown) => options.onError(error, change))
      .finally(() => {
        pending -= 1;
      });
  });

  return {
    pending: () => pending,
    flushed: () => chain,
    async stop() {
      stopObserving();
      await chain;
    },
  };
}

async function describeChange(
  s3: S3Client,
  change: ObjectChange,
  sequencer: string,
  time: Date,
): Promise<ObjectEvent | undefined> {
  if (change.kind === 'deleted')
    return { kind: 'deleted', bucket: change.bucket, key: change.key, sequencer, time };
  let head: HeadObjectCommandOutput;
  try {
    head = await s3.send(new HeadObjectCommand({ Bucket: change.bucket, Key: change.key }));
  } catch (error) {
    // Deleted again before we looked: its deletion event follows; S3 would have sent both, but the
    // created event's size and ETag are gone with the object, and the handler finds nothing to read.
    if ((error as { name?: string }).name === 'NotFound') return undefined;
    throw error;
  }
  return {
    kind: 'created',
    bucket: change.bucket,
    key: change.key,
    size: head.ContentLength ?? 0,
    // S3 writes the ETag into events without the quotes HTTP puts around it.
    eTag: (head.ETag ?? '').replaceAll('"', ''),
    ...(head.VersionId === undefined ? {} : { versionId: head.VersionId }),
    sequencer,
    time,
  };
}
