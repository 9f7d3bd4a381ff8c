import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createLocalResources, type LocalResources } from './create-resources.ts';
import { type Emulators, startEmulators } from './emulators.ts';
import { type EndpointGateway, startEndpointGateway } from './endpoint-gateway.ts';
import { LocalStackError } from './local-stack-error.ts';
import { type ObjectEventBridge, startObjectEventBridge } from './object-event-bridge.ts';
import { type BatchOutcome, type QueuePoller, type SqsHandler, startQueuePoller } from './queue-poller.ts';
import {
  INCOMING_PREFIX,
  INGEST_BATCH_SIZE,
  LOCAL_INGEST_CONCURRENCY,
  LOCAL_RESOURCE_NAMES,
  LOCAL_VISIBILITY_TIMEOUT_SECONDS,
  type ResourceNames,
} from './stack-definitions.ts';

export interface LocalStackPorts {
  /** The one URL for every service (`AWS_ENDPOINT_URL`); 0 picks a free port. */
  readonly gateway?: number;
  /** fauxqs (S3 and SQS). */
  readonly aws?: number;
  /** DynamoDB Local. */
  readonly dynamo?: number;
}

export interface LocalStackOptions {
  /** Folder for persisted data; omitted: in memory. */
  readonly dataDir?: string;
  /** Omitted ports are picked free (tests); `pressline dev` passes its documented defaults. */
  readonly ports?: LocalStackPorts;
  readonly names?: ResourceNames;
  readonly visibilityTimeoutSeconds?: number;
  /** The function the queue invokes; default: the real ingest handler, loaded after the environment is set. */
  readonly handler?: SqsHandler;
  readonly onBatch?: (outcome: BatchOutcome) => void;
  /** Bridge and poller errors (they keep running); default: written to stderr. */
  readonly onError?: (error: unknown) => void;
}

export interface LocalStack {
  /**
   * The variables that point the AWS CLI, the SDKs, `pressline` and the handler at this stack:
   * `AWS_ENDPOINT_URL` (the gateway), per-service endpoints, region, credentials, resource names.
   */
  readonly env: Readonly<Record<string, string>>;
  readonly resources: LocalResources;
  readonly emulators: Emulators;
  readonly clients: { readonly s3: S3Client; readonly sqs: SQSClient; readonly dynamo: DynamoDBClient };
  /** Resolves when every object change so far has been delivered, processed, or dead-lettered. */
  settled(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the embedded local stack: emulators, the endpoint gateway, the resources the CDK stack
 * declares, the bridge that turns object changes into S3 event messages, and the poller that feeds
 * them to the ingest handler as Lambda would.
 *
 * The handler runs in this process and reads its configuration from `process.env` at import, as it
 * reads the function's environment on Lambda: this function sets those variables first.
 *
 * @example
 * const stack = await startLocalStack();        // in memory, free ports, the real handler
 * await stack.clients.s3.send(new PutObjectCommand({ Bucket: stack.resources.bucket, Key: 'incoming/a.txt', Body }));
 * await stack.settled();                         // the record is in the table
 * await stack.stop();
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const names = options.names ?? LOCAL_RESOURCE_NAMES;
  const ports = options.ports ?? {};
  const onError = options.onError ?? reportToStderr;
  const emulators = await startEmulators({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    awsPort: ports.aws ?? 0,
    dynamoPort: ports.dynamo ?? 0,
  });
  const started: { gateway?: EndpointGateway; bridge?: ObjectEventBridge; poller?: QueuePoller } = {};
  const clientConfig = { region: emulators.region, credentials: emulators.credentials };
  const clients = {
    s3: new S3Client({ ...clientConfig, endpoint: emulators.awsEndpoint, forcePathStyle: true }),
    sqs: new SQSClient({ ...clientConfig, endpoint: emulators.awsEndpoint }),
    dynamo: new DynamoDBClient({ ...clientConfig, endpoint: emulators.dynamoEndpoint }),
  };
  const stop = async () => {
    await started.bridge?.stop();
    await started.poller?.stop();
    await started.gateway?.stop();
    for (const client of Object.values(clients)) client.destroy();
    await emulators.stop();
  };

  try {
    started.gateway = await startEndpointGateway(ports.gateway ?? 0, {
      aws: new URL(emulators.awsEndpoint),
      dynamo: new URL(emulators.dynamoEndpoint),
    });
    const visibility = options.visibilityTimeoutSeconds ?? LOCAL_VISIBILITY_TIMEOUT_SECONDS;
    const resources = await createLocalResources(clients, names, visibility, emulators.awsEndpoint);
    const env = stackEnvironment(emulators, started.gateway.endpoint, resources);
    const handler = options.handler ?? (await loadIngestHandler(env));
    started.poller = startQueuePoller({
      sqs: clients.sqs,
      queueUrl: resources.queueUrl,
      queueArn: resources.queueArn,
      region: emulators.region,
      handler,
      functionName: `${names.queue}-function`,
      batchSize: INGEST_BATCH_SIZE,
      concurrency: LOCAL_INGEST_CONCURRENCY,
      visibilityTimeoutSeconds: visibility,
      ...(options.onBatch === undefined ? {} : { onBatch: options.onBatch }),
      onError,
    });
    started.bridge = startObjectEventBridge({
      emulators,
      s3: clients.s3,
      sqs: clients.sqs,
      bucket: resources.bucket,
      prefix: INCOMING_PREFIX,
      queueUrl: resources.queueUrl,
      onError: (error, change) =>
        onError(new LocalStackError(`could not queue the event for ${change.key}`, { cause: error })),
    });
    const { bridge, poller } = started;
    return {
      env,
      resources,
      emulators,
      clients,
      settled: (timeoutMs = 120_000) =>
        waitUntilSettled(clients.sqs, resources.queueUrl, bridge, poller, timeoutMs),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function stackEnvironment(
  emulators: Emulators,
  gateway: string,
  resources: LocalResources,
): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: gateway,
    AWS_ENDPOINT_URL_S3: emulators.awsEndpoint,
    AWS_ENDPOINT_URL_SQS: emulators.awsEndpoint,
    AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
    AWS_REGION: emulators.region,
    // AWS CLI v1 and some older SDKs read only this one.
    AWS_DEFAULT_REGION: emulators.region,
    AWS_ACCESS_KEY_ID: emulators.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: emulators.credentials.secretAccessKey,
    PRESSLINE_BUCKET: resources.bucket,
    PRESSLINE_TABLE: resources.table,
    PRESSLINE_QUEUE_URL: resources.queueUrl,
    PRESSLINE_DLQ_URL: resources.deadLetterQueueUrl,
  };
}

/**
 * Gives the in-process function its environment, as Lambda does from the stack's settings, then loads
 * it. Powertools' metrics and info logs go to stdout on Lambda (for CloudWatch); here they would bury
 * the table, so they are quiet unless the user asks for them.
 */
async function loadIngestHandler(env: Record<string, string>): Promise<SqsHandler> {
  Object.assign(process.env, env);
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  process.env.POWERTOOLS_METRICS_NAMESPACE ??= 'Pressline';
  process.env.POWERTOOLS_SERVICE_NAME ??= 'pressline-ingest';
  const module: { handler: SqsHandler } = await import('../lambdas/handlers/ingest.ts');
  return module.handler;
}

async function waitUntilSettled(
  sqs: SQSClient,
  queueUrl: string,
  bridge: ObjectEventBridge,
  poller: QueuePoller,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Two quiet looks in a row: a batch may finish between reading the counts and the poller's state.
  let quietLooks = 0;
  while (quietLooks < 2) {
    if (Date.now() > deadline)
      throw new LocalStackError(`the local stack did not settle within ${timeoutMs} ms`);
    await bridge.flushed();
    const { Attributes: counts = {} } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesNotVisible',
          'ApproximateNumberOfMessagesDelayed',
        ],
      }),
    );
    const queued =
      Number(counts.ApproximateNumberOfMessages ?? 0) +
      Number(counts.ApproximateNumberOfMessagesNotVisible ?? 0) +
      Number(counts.ApproximateNumberOfMessagesDelayed ?? 0);
    quietLooks = queued === 0 && bridge.pending() === 0 && poller.busy() === 0 ? quietLooks + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function reportToStderr(error: unknown): void {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  process.stderr.write(
    `pressline local stack: ${error instanceof Error ? error.message : String(error)}${cause}\n`,
  );
}
