import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Event } from 'aws-lambda';
import { Command, Option } from 'commander';
import { createReleaseQueries, type ReleaseQueries } from '../../lambdas/adapters/release-queries.ts';
import { listDeadLetters } from '../../local/dead-letters.ts';
import { formatEnvLines } from '../../local/env-lines.ts';
import { checkJava } from '../../local/java-check.ts';
import type { LocalStack } from '../../local/local-stack.ts';
import type { BatchOutcome } from '../../local/queue-poller.ts';
import { listReleaseFiles } from '../../local/release-files.ts';
import { DEFAULT_LOCAL_PORTS, INCOMING_PREFIX } from '../../local/stack-definitions.ts';
import { listObjectKeys, type ObjectOutcome, readObjectOutcomes } from '../../local/stack-records.ts';
import {
  forgetRunningStack,
  LOCAL_DATA_DIR,
  readRunningStack,
  saveRunningStack,
} from '../../local/stack-state.ts';
import { uploadReleases } from '../../local/upload-releases.ts';
import { formatRecordsTable } from '../format/records-table.ts';
import { repoPath } from '../repo-path.ts';

export interface DevOptions {
  readonly reset?: boolean;
  readonly once?: boolean;
  readonly port: number;
  readonly awsPort: number;
  readonly dynamoPort: number;
  readonly samples: string;
  readonly dataDir: string;
}

const SEEDED_MARKER = '.samples-uploaded';
const say = (text: string) => process.stdout.write(`${text}\n`);

/**
 * The embedded local stack: starts the emulators, creates the resources, uploads `samples/` on first
 * start, prints the records, then watches until Ctrl-C (or, with `once`, returns). Returns the exit
 * code: 0 when every object has a record, 1 otherwise or when the stack could not start.
 *
 * @example
 * await runDev({ once: true, port: 4566, awsPort: 4567, dynamoPort: 8000, samples: 'samples', dataDir: '.pressline/data' })
 */
export async function runDev(options: DevOptions): Promise<number> {
  const java = checkJava();
  if (!java.ok) {
    process.stderr.write(`${java.message}\n`);
    return 1;
  }
  const running = await readRunningStack();
  if (running !== undefined) {
    process.stderr.write(
      `A local stack is already running (pid ${running.pid}); \`pressline env\` prints its settings.\n`,
    );
    return 1;
  }
  const started = Date.now();
  if (options.reset) await rm(options.dataDir, { recursive: true, force: true });
  const firstStart = !existsSync(`${options.dataDir}/${SEEDED_MARKER}`);
  await mkdir(options.dataDir, { recursive: true });

  let watching = false;
  let processed = 0;
  let queries: ReleaseQueries | undefined;
  const onBatch = (outcome: BatchOutcome) => {
    processed += outcome.size - outcome.failedIds.length;
    if (watching && queries !== undefined) void reportBatch(queries, outcome);
  };
  say(`Starting the local stack (data in ${options.dataDir})…`);
  let stack: LocalStack;
  try {
    // Loaded here, not at the top: the emulators' modules are heavy, and other commands need none of them.
    const { startLocalStack } = await import('../../local/local-stack.ts');
    stack = await startLocalStack({
      dataDir: options.dataDir,
      ports: { gateway: options.port, aws: options.awsPort, dynamo: options.dynamoPort },
      onBatch,
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const document = DynamoDBDocumentClient.from(stack.clients.dynamo);
  queries = createReleaseQueries(document, stack.resources.table);
  await saveRunningStack({ pid: process.pid, env: stack.env });
  const stop = async () => {
    await stack.stop();
    await forgetRunningStack();
  };

  try {
    say('\nPoint the AWS CLI, the SDKs and pressline at it (`npx pressline env` prints these again):\n');
    say(formatEnvLines(stack.env));
    say('');
    if (firstStart) await uploadSamples(stack, options.samples, options.dataDir);
    else say('Data kept from the last run (`npm start -- --reset` starts empty).');
    await waitWithProgress(stack, () => processed);
    const keys = await listObjectKeys(stack.clients.s3, stack.resources.bucket, INCOMING_PREFIX);
    const rows = await readObjectOutcomes(queries, keys);
    say(`\n${formatRecordsTable(rows)}`);
    const deadLetters = (await listDeadLetters(stack.clients.sqs, stack.resources.deadLetterQueueUrl)).length;
    if (deadLetters > 0)
      say(`${deadLetters} message(s) in the dead-letter queue: \`npx pressline dlq\` shows them.`);
    say(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    const allSucceeded = deadLetters === 0 && rows.every((row) => !('error' in row));
    if (options.once) {
      await stop();
      return allSucceeded ? 0 : 1;
    }
  } catch (error) {
    await stop();
    throw error;
  }
  say(
    `\nWatching s3://${stack.resources.bucket}/${INCOMING_PREFIX}: try \`npx pressline put <file>\`. Ctrl-C stops.`,
  );
  watching = true;
  await untilInterrupted();
  say('\nStopping…');
  await stop();
  return 0;
}

async function uploadSamples(stack: LocalStack, folder: string, dataDir: string): Promise<void> {
  const files = existsSync(folder) ? await listReleaseFiles([folder]) : [];
  // Only the folder's own releases: subfolders hold fixtures (events, expected records).
  const releases = files.filter((file) => !file.name.includes('/'));
  say(`First start: uploading ${releases.length} sample release(s) from ${folder}`);
  const failures = await uploadReleases(stack.clients.s3, stack.resources.bucket, releases, (progress) =>
    say(`  [${progress.done}/${progress.total}] ${progress.key}`),
  );
  for (const failure of failures) {
    process.stderr.write(`  upload of ${failure.path} failed: ${String(failure.error)}\n`);
  }
  await writeFile(`${dataDir}/${SEEDED_MARKER}`, `${new Date().toISOString()}\n`);
}

/** Waits for the queue to drain, printing how many messages the ingest function has processed. */
async function waitWithProgress(stack: LocalStack, processed: () => number): Promise<void> {
  let last = -1;
  const timer = setInterval(() => {
    if (processed() !== last) {
      last = processed();
      say(`  processed ${last} event(s)…`);
    }
  }, 1_000);
  try {
    await stack.settled(300_000);
  } finally {
    clearInterval(timer);
  }
  say(`  processed ${processed()} event(s).`);
}

/** Tells, in watch mode, what became of each object a batch handled. */
async function reportBatch(queries: ReleaseQueries, outcome: BatchOutcome): Promise<void> {
  const failed = new Set(outcome.failedIds);
  for (const record of outcome.event.Records) {
    let event: S3Event;
    try {
      event = JSON.parse(record.body) as S3Event;
    } catch {
      say(`  message ${record.messageId}: not an S3 event`);
      continue;
    }
    for (const s3 of event.Records ?? []) {
      const key = decodeURIComponent(s3.s3.object.key.replaceAll('+', ' '));
      if (failed.has(record.messageId)) {
        say(`  ${key}: failed (receive ${record.attributes.ApproximateReceiveCount}); it will be retried`);
      } else if (s3.eventName.startsWith('ObjectRemoved')) {
        say(`  ${key}: removed`);
      } else {
        const [row] = await readObjectOutcomes(queries, [key]);
        say(`  ${key}: ${row === undefined ? 'no record' : describeOutcome(row)}`);
      }
    }
  }
}

function describeOutcome(row: ObjectOutcome): string {
  if ('error' in row) return `rejected (${row.error.code}: ${row.error.message})`;
  return (
    `${row.organizations.length} organization(s), ${row.people.length} person(s), ` +
    `${row.quotes.length} quote(s), published ${row.publishedDate ?? '(not stated)'}`
  );
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

const portOption = (flag: string, variable: string, fallback: number, what: string) =>
  new Option(`${flag} <port>`, what)
    .env(variable)
    .default(fallback, String(fallback))
    .argParser((value) => {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new Error(`${flag}: not a port: ${value}`);
      return port;
    });

/** `pressline dev [--reset] [--once] [--port 4566] [--aws-port 4567] [--dynamo-port 8000]` (= `npm start`) */
export function devCommand(): Command {
  return new Command('dev')
    .description(
      'Run the whole pipeline locally (S3, SQS, DynamoDB emulators and the ingest function) and watch',
    )
    .option('--reset', 'start with empty storage')
    .option('--once', 'process what is there, print the records and exit (0 when all succeeded)')
    .addOption(
      portOption('--port', 'PRESSLINE_PORT', DEFAULT_LOCAL_PORTS.gateway, 'one endpoint for every service'),
    )
    .addOption(portOption('--aws-port', 'PRESSLINE_AWS_PORT', DEFAULT_LOCAL_PORTS.aws, 'S3 and SQS (fauxqs)'))
    .addOption(
      portOption('--dynamo-port', 'PRESSLINE_DYNAMO_PORT', DEFAULT_LOCAL_PORTS.dynamo, 'DynamoDB Local'),
    )
    .addOption(
      new Option('--samples <folder>', 'releases uploaded on first start').default(
        repoPath('samples'),
        'samples/',
      ),
    )
    .addOption(
      new Option('--data-dir <folder>', 'where the data is kept').default(LOCAL_DATA_DIR, '.pressline/data/'),
    )
    .action(async (options: DevOptions) => {
      process.exitCode = await runDev(options);
    });
}
