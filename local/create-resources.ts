import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  ResourceNotFoundException,
  UpdateTableCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  SetQueueAttributesCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { GLOBAL_INDEXES, TABLE_KEY } from '../lambdas/model/table-schema.ts';
import { LocalStackError } from './local-stack-error.ts';
import { MAX_RECEIVE_COUNT, type ResourceNames } from './stack-definitions.ts';

export interface LocalResources {
  readonly bucket: string;
  readonly table: string;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly deadLetterQueueUrl: string;
  readonly deadLetterQueueArn: string;
}

export interface ResourceClients {
  readonly s3: S3Client;
  readonly sqs: SQSClient;
  readonly dynamo: DynamoDBClient;
}

/**
 * Creates (or finds) the bucket, the table with the key schema and indexes the CDK stack declares,
 * and the ingest queue with its dead-letter queue; safe to run on every start of a persistent stack.
 */
export async function createLocalResources(
  clients: ResourceClients,
  names: ResourceNames,
  visibilityTimeoutSeconds: number,
  sqsEndpoint: string,
): Promise<LocalResources> {
  const [, , queues] = await Promise.all([
    ensureBucket(clients.s3, names.bucket),
    ensureTable(clients.dynamo, names.table),
    ensureQueues(clients.sqs, names, visibilityTimeoutSeconds),
  ]);
  return {
    bucket: names.bucket,
    table: names.table,
    ...queues,
    queueUrl: onEndpoint(queues.queueUrl, sqsEndpoint),
    deadLetterQueueUrl: onEndpoint(queues.deadLetterQueueUrl, sqsEndpoint),
  };
}

/**
 * A queue URL on the endpoint clients use. fauxqs names queues `sqs.<region>.localhost:<port>`, a host
 * that does not resolve, and keeps the port of the run that created them; SDK v3 sends SQS calls to the
 * queue URL's host when it differs from the endpoint. fauxqs finds a queue by the URL's path alone.
 */
function onEndpoint(queueUrl: string, endpoint: string): string {
  return new URL(new URL(queueUrl).pathname, endpoint).toString();
}

async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch {
    // Not there yet (HeadBucket has no error body to tell "missing" from other failures): create it,
    // and let CreateBucket report anything else.
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  }
}

function attributeDefinitions(): AttributeDefinition[] {
  const names = new Set<string>([TABLE_KEY.partitionKey, TABLE_KEY.sortKey]);
  for (const index of GLOBAL_INDEXES) names.add(index.partitionKey).add(index.sortKey);
  return [...names].map((name) => ({ AttributeName: name, AttributeType: 'S' }));
}

function globalIndex(index: (typeof GLOBAL_INDEXES)[number]): GlobalSecondaryIndex {
  return {
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' },
      { AttributeName: index.sortKey, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
  };
}

async function ensureTable(dynamo: DynamoDBClient, table: string): Promise<void> {
  let existingIndexes: Set<string>;
  try {
    const described = await dynamo.send(new DescribeTableCommand({ TableName: table }));
    existingIndexes = new Set(described.Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName ?? ''));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await dynamo.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributeDefinitions(),
        KeySchema: [
          { AttributeName: TABLE_KEY.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEY.sortKey, KeyType: 'RANGE' },
        ],
        ...(GLOBAL_INDEXES.length === 0 ? {} : { GlobalSecondaryIndexes: GLOBAL_INDEXES.map(globalIndex) }),
      }),
    );
    await waitUntilTableExists({ client: dynamo, maxWaitTime: 30, minDelay: 1 }, { TableName: table });
    return;
  }
  // A persistent local table made by an older checkout: add the indexes the schema gained since.
  for (const index of GLOBAL_INDEXES.filter((candidate) => !existingIndexes.has(candidate.indexName))) {
    await dynamo.send(
      new UpdateTableCommand({
        TableName: table,
        AttributeDefinitions: attributeDefinitions(),
        GlobalSecondaryIndexUpdates: [{ Create: globalIndex(index) }],
      }),
    );
  }
}

async function ensureQueues(
  sqs: SQSClient,
  names: ResourceNames,
  visibilityTimeoutSeconds: number,
): Promise<Omit<LocalResources, 'bucket' | 'table'>> {
  const deadLetterQueueUrl = await createQueue(sqs, names.deadLetterQueue, {
    // Dead letters wait for a person: keep them as long as SQS allows (14 days).
    MessageRetentionPeriod: '1209600',
  });
  const deadLetterQueueArn = await queueArn(sqs, deadLetterQueueUrl);
  const queueUrl = await createQueue(sqs, names.queue, {
    VisibilityTimeout: String(visibilityTimeoutSeconds),
    RedrivePolicy: JSON.stringify({
      deadLetterTargetArn: deadLetterQueueArn,
      maxReceiveCount: MAX_RECEIVE_COUNT,
    }),
  });
  return { queueUrl, queueArn: await queueArn(sqs, queueUrl), deadLetterQueueUrl, deadLetterQueueArn };
}

/** Creates a queue, or brings an existing one (a persistent stack started with other settings) up to date. */
async function createQueue(
  sqs: SQSClient,
  name: string,
  attributes: Record<string, string>,
): Promise<string> {
  const existing = await sqs.send(new GetQueueUrlCommand({ QueueName: name })).catch(() => undefined);
  if (existing?.QueueUrl !== undefined) {
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: existing.QueueUrl, Attributes: attributes }));
    return existing.QueueUrl;
  }
  const created = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  if (created.QueueUrl === undefined) throw new LocalStackError(`CreateQueue returned no URL for ${name}`);
  return created.QueueUrl;
}

async function queueArn(sqs: SQSClient, queueUrl: string): Promise<string> {
  const attributes = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const arn = attributes.Attributes?.QueueArn;
  if (arn === undefined) throw new LocalStackError(`GetQueueAttributes returned no ARN for ${queueUrl}`);
  return arn;
}
