import { Aws, Duration, Names, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface ReleaseBucketProps {
  /** Applies to the release bucket and its access log bucket. @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
  /** How long an overwritten or deleted release stays as an old version. @default Duration.days(90) */
  readonly noncurrentVersionExpiration?: Duration;
  /** @default Duration.days(365) */
  readonly accessLogExpiration?: Duration;
}

/**
 * The bucket releases are dropped into: SSE-S3 encrypted, private, TLS only, versioned (an overwrite
 * or a delete can be undone), with old versions and abandoned multipart uploads cleaned up, and
 * server access logs in a second bucket.
 *
 * The bucket's name is generated here from the construct path, the account and the region instead of
 * by CloudFormation: the bucket's notification configuration depends on the queue policy, and that
 * policy must name the bucket (aws:SourceArn), so the name has to be known before the bucket exists.
 * Each stage is its own stack with its own construct path, so stages and accounts never collide.
 */
export class ReleaseBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogBucket: Bucket;
  /** `arn:<partition>:s3:::<name>`, built from the name, not a reference to the bucket resource. */
  readonly bucketArnFromName: string;

  constructor(scope: Construct, id: string, props: ReleaseBucketProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    this.accessLogBucket = new Bucket(this, 'AccessLogs', {
      // S3 server access logging can only deliver to SSE-S3 buckets.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // Log delivery is authorized by a bucket policy, which requires ACLs to be disabled.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        {
          id: 'expire-access-logs',
          expiration: props.accessLogExpiration ?? Duration.days(365),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy,
    });

    // 63 characters at most: a 34-character prefix, the 12-digit account, the region and two hyphens.
    const prefix = Names.uniqueResourceName(this, {
      maxLength: 34,
      separator: '-',
      allowedSpecialCharacters: '-',
    }).toLowerCase();
    const bucketName = `${prefix}-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
    this.bucketArnFromName = Stack.of(this).formatArn({
      service: 's3',
      region: '',
      account: '',
      resource: bucketName,
    });

    this.bucket = new Bucket(this, 'Bucket', {
      bucketName,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [
        {
          id: 'expire-old-versions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(90),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      serverAccessLogsBucket: asBucketInterface(this.accessLogBucket),
      serverAccessLogsPrefix: 'releases/',
      removalPolicy,
    });
  }
}

/**
 * aws-cdk-lib types `Bucket.isWebsite` as `boolean | undefined` but `IBucket.isWebsite` as an optional
 * `boolean`, which `exactOptionalPropertyTypes` tells apart; it is the same object either way.
 */
function asBucketInterface(bucket: Bucket): IBucket {
  return bucket as Bucket & IBucket;
}
