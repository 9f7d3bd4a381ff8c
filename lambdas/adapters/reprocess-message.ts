import { encodeS3Key } from './s3-event.ts';

/** An object to send through the ingest path again, with what the table knows of its last event. */
export interface ReprocessTarget {
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  readonly lastModified: Date;
  /** The sequencer of the event the table's record came from; absent for an object never recorded. */
  readonly sequencer?: string;
  readonly versionId?: string;
}

/**
 * The body of an SQS message shaped like the S3 event notification of an upload, so that the normal
 * ingest path re-reads the object. It carries the sequencer of the event the table's record came
 * from: the ingest handler treats it as that same event again (replacing the record when the
 * extractor changed), while a newer upload's event still wins over it.
 *
 * @example
 * JSON.parse(toReprocessMessage(target)).Records[0].eventName // 'ObjectCreated:Put'
 */
export function toReprocessMessage(target: ReprocessTarget): string {
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        eventTime: target.lastModified.toISOString(),
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: 'pressline-reprocess' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'pressline-reprocess',
          bucket: { name: target.bucket, arn: `arn:aws:s3:::${target.bucket}` },
          object: {
            key: encodeS3Key(target.key),
            size: target.size,
            ...(target.sequencer === undefined ? {} : { sequencer: target.sequencer }),
            ...(target.versionId === undefined ? {} : { versionId: target.versionId }),
          },
        },
      },
    ],
  });
}
