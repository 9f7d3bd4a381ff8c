import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GLOBAL_INDEXES, TABLE_KEY } from '../../lambdas/model/table-schema.ts';
import { type Emulators, startEmulators } from '../../local/emulators.ts';

/** Real emulators with the table, bucket and queue a test needs, and clients pointed at them. */
export interface TestPipeline {
  readonly emulators: Emulators;
  readonly table: string;
  readonly bucket: string;
  readonly queueUrl: string;
  readonly s3: S3Client;
  readonly sqs: SQSClient;
  readonly dynamo: DynamoDBClient;
  readonly documents: DynamoDBDocumentClient;
  putObject(key: string, body: string | Uint8Array, contentType?: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local and fauxqs on free ports, creates the table from the shared table schema, a
 * bucket and a queue, and points the standard AWS SDK environment at them, so that a handler imported
 * afterwards reads its configuration and endpoints exactly as it does in Lambda.
 */
export async function startTestPipeline(env: Record<string, string> = {}): Promise<TestPipeline> {
  const emulators = await startEmulators();
  const table = 'pressline-test';
  const bucket = 'pressline-test-bucket';
  Object.assign(process.env, {
    AWS_REGION: emulators.region,
    AWS_ACCESS_KEY_ID: emulators.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulators.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_S3: emulators.awsEndpoint,
    AWS_ENDPOINT_URL_SQS: emulators.awsEndpoint,
    AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
    PRESSLINE_TABLE: table,
    PRESSLINE_BUCKET: bucket,
    POWERTOOLS_SERVICE_NAME: 'pressline-test',
    POWERTOOLS_METRICS_NAMESPACE: 'PresslineTest',
    ...env,
  });
  const clientConfig = { region: emulators.region, credentials: emulators.credentials };
  const s3 = new S3Client({ ...clientConfig, endpoint: emulators.awsEndpoint, forcePathStyle: true });
  const sqs = new SQSClient({ ...clientConfig, endpoint: emulators.awsEndpoint });
  const dynamo = new DynamoDBClient({ ...clientConfig, endpoint: emulators.dynamoEndpoint });
  const documents = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  await createTable(dynamo, table);
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const queue = await sqs.send(new CreateQueueCommand({ QueueName: 'pressline-test-queue' }));
  process.env.PRESSLINE_QUEUE_URL = queue.QueueUrl ?? '';
  return {
    emulators,
    table,
    bucket,
    queueUrl: queue.QueueUrl ?? '',
    s3,
    sqs,
    dynamo,
    documents,
    async putObject(key, body, contentType) {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ...(contentType === undefined ? {} : { ContentType: contentType }),
        }),
      );
    },
    async stop() {
      s3.destroy();
      sqs.destroy();
      dynamo.destroy();
      await emulators.stop();
    },
  };
}

async function createTable(dynamo: DynamoDBClient, table: string): Promise<void> {
  const attributes = new Set<string>([TABLE_KEY.partitionKey, TABLE_KEY.sortKey]);
  for (const index of GLOBAL_INDEXES) attributes.add(index.partitionKey).add(index.sortKey);
  await dynamo.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: TABLE_KEY.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEY.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
}
