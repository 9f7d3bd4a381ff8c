import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Command } from 'commander';
import { reprocessObjects } from '../../lambdas/adapters/reprocess-objects.ts';
import { EXTRACTOR_VERSION } from '../../lambdas/core/index.ts';
import type { CommandOutput } from './query.ts';

const PROCESS_OUTPUT: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs `pressline reprocess`: sends every object under `incoming/` of `PRESSLINE_BUCKET` to the ingest
 * queue (`PRESSLINE_QUEUE_URL`) as an S3 event, so that the ingest function re-extracts it with the
 * extractor it runs. Returns the exit code: 1 when configuration is missing or messages were refused.
 *
 * @example
 * await runReprocessCommand() // prints "queued 42 object(s) from s3://bucket/incoming/ …"; returns 0
 */
export async function runReprocessCommand(
  env: Readonly<Record<string, string | undefined>> = process.env,
  output: CommandOutput = PROCESS_OUTPUT,
): Promise<number> {
  const bucket = env.PRESSLINE_BUCKET?.trim();
  const table = env.PRESSLINE_TABLE?.trim();
  const queueUrl = env.PRESSLINE_QUEUE_URL?.trim();
  if (!bucket || !table || !queueUrl) {
    output.stderr(
      'reprocess: set PRESSLINE_BUCKET, PRESSLINE_TABLE and PRESSLINE_QUEUE_URL ' +
        '(with a local stack running, `eval "$(npx pressline env)"`)\n',
    );
    return 1;
  }
  const s3 = new S3Client({});
  // Send to the endpoint the standard settings name; a queue URL's host may be an emulator's alias.
  const sqs = new SQSClient({ useQueueUrlAsEndpoint: false });
  const dynamo = new DynamoDBClient({});
  try {
    const summary = await reprocessObjects({
      s3,
      sqs,
      documents: DynamoDBDocumentClient.from(dynamo),
      bucket,
      table,
      queueUrl,
      onProgress: ({ sent }) => output.stderr(`queued ${sent}\r`),
    });
    output.stdout(
      `queued ${summary.sent} object(s) from s3://${bucket}/incoming/ for re-ingestion ` +
        `(this CLI has extractor ${EXTRACTOR_VERSION}; records show the version of the function that made them)\n`,
    );
    for (const key of summary.failed) output.stderr(`reprocess: the queue refused ${key}\n`);
    return summary.failed.length === 0 ? 0 : 1;
  } finally {
    s3.destroy();
    sqs.destroy();
    dynamo.destroy();
  }
}

/** `pressline reprocess` */
export function reprocessCommand(): Command {
  return new Command('reprocess')
    .description(
      'Re-ingest every object under incoming/ through the ingest queue (after an extractor upgrade)',
    )
    .action(async () => {
      process.exitCode = await runReprocessCommand();
    });
}
