import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createReleaseQueries, type ReleaseQueries } from '../../lambdas/adapters/release-queries.ts';
import { type LocalStack, startLocalStack } from '../../local/local-stack.ts';
import { resolveTarget } from '../../local/target.ts';

export type TargetName = 'embedded' | 'localstack' | 'aws';

/** The stack under test and clients for it; the suite's only knowledge of where it runs. */
export interface E2eTarget {
  readonly name: TargetName;
  readonly bucket: string;
  readonly table: string;
  readonly queueUrl: string;
  readonly s3: S3Client;
  readonly sqs: SQSClient;
  readonly documents: DynamoDBDocumentClient;
  readonly queries: ReleaseQueries;
  /**
   * Resolves when what was sent so far has been processed, where the suite can tell (the embedded
   * stack sees its queue); on a deployed stack it returns at once and assertions poll (`eventually`).
   */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Points the environment at LocalStack, whatever `pressline env` may have exported into the shell: its
 * endpoint (`LOCALSTACK_ENDPOINT`, default port 4566 on this machine), any credentials, and the names
 * `npm run localstack:deploy` wrote.
 */
function pointAtLocalStack(env: NodeJS.ProcessEnv): void {
  env.AWS_ENDPOINT_URL = env.LOCALSTACK_ENDPOINT ?? 'http://localhost:4566';
  for (const name of [
    'AWS_ENDPOINT_URL_S3',
    'AWS_ENDPOINT_URL_SQS',
    'AWS_ENDPOINT_URL_DYNAMODB',
    'AWS_PROFILE',
  ]) {
    delete env[name];
  }
  for (const name of ['PRESSLINE_BUCKET', 'PRESSLINE_TABLE', 'PRESSLINE_QUEUE_URL', 'PRESSLINE_DLQ_URL']) {
    delete env[name];
  }
  env.AWS_REGION ??= 'us-east-1';
  env.AWS_ACCESS_KEY_ID = 'test';
  env.AWS_SECRET_ACCESS_KEY = 'test';
  env.PRESSLINE_OUTPUTS_FILE ??= '.pressline/localstack-outputs.json';
}

/**
 * Starts or finds the target named by `PRESSLINE_TARGET`: unset or `embedded` starts the embedded
 * local stack (in memory, free ports, the real ingest handler); `localstack` and `aws` use a deployed
 * stack, found from `PRESSLINE_BUCKET`/`PRESSLINE_TABLE`/`PRESSLINE_QUEUE_URL` or the
 * `cdk deploy --outputs-file` JSON (`PRESSLINE_OUTPUTS_FILE`), with the standard AWS settings.
 */
export async function startE2eTarget(env: NodeJS.ProcessEnv = process.env): Promise<E2eTarget> {
  const name = parseTargetName(env.PRESSLINE_TARGET);
  if (name === 'embedded') return embeddedTarget(await startLocalStack());
  if (name === 'localstack') pointAtLocalStack(env);
  // A deployed target only: never the `pressline dev` that may be running beside it.
  const found = await resolveTarget(env, { includeRunningLocalStack: false });
  if (!found.ok) {
    const hint = name === 'localstack' ? ' (run `npm run localstack:deploy` first)' : '';
    throw new Error(`PRESSLINE_TARGET=${name}: ${found.message}${hint}`);
  }
  const { target } = found;
  if (target.queueUrl === undefined)
    throw new Error(`PRESSLINE_TARGET=${name}: no queue URL in ${target.from}`);
  Object.assign(env, target.env);
  const custom = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  const s3 = new S3Client({ forcePathStyle: custom !== undefined });
  const sqs = new SQSClient({});
  const dynamo = new DynamoDBClient({});
  const documents = DynamoDBDocumentClient.from(dynamo);
  return {
    name,
    bucket: target.bucket,
    table: target.table,
    queueUrl: target.queueUrl,
    s3,
    sqs,
    documents,
    queries: createReleaseQueries(documents, target.table),
    settled: async () => undefined,
    async stop() {
      for (const client of [s3, sqs, dynamo]) client.destroy();
    },
  };
}

function embeddedTarget(stack: LocalStack): E2eTarget {
  const documents = DynamoDBDocumentClient.from(stack.clients.dynamo);
  return {
    name: 'embedded',
    bucket: stack.resources.bucket,
    table: stack.resources.table,
    queueUrl: stack.resources.queueUrl,
    s3: stack.clients.s3,
    sqs: stack.clients.sqs,
    documents,
    queries: createReleaseQueries(documents, stack.resources.table),
    settled: () => stack.settled(),
    stop: () => stack.stop(),
  };
}

function parseTargetName(value: string | undefined): TargetName {
  const name = value?.trim() || 'embedded';
  if (name === 'embedded' || name === 'localstack' || name === 'aws') return name;
  throw new Error(`PRESSLINE_TARGET must be embedded, localstack or aws; got "${value}"`);
}

/**
 * Retries an assertion until it passes or the time is up (then rethrows its last failure): a deployed
 * pipeline is eventually consistent from the outside.
 */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
