import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Command } from 'commander';
import { reprocessObjects } from '../../lambdas/adapters/reprocess-objects.ts';
import { EXTRACTOR_VERSION } from '../../lambdas/core/index.ts';
import { resolveTarget } from '../../local/target.ts';
import { createTargetClients } from '../../local/target-clients.ts';
import type { CommandOutput } from './query.ts';

const PROCESS_OUTPUT: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs `pressline reprocess`: sends every object under `incoming/` of the stack's bucket to its ingest
 * queue as an S3 event, so that the ingest function re-extracts it with the extractor it runs. The
 * stack comes from `PRESSLINE_BUCKET`/`PRESSLINE_TABLE`/`PRESSLINE_QUEUE_URL`, else the `cdk deploy`
 * outputs file, else the running local stack. Returns the exit code: 1 when no stack or queue is
 * found or messages were refused.
 *
 * @example
 * await runReprocessCommand() // prints "queued 42 object(s) from s3://bucket/incoming/ …"; returns 0
 */
export async function runReprocessCommand(
  env: Readonly<Record<string, string | undefined>> = process.env,
  output: CommandOutput = PROCESS_OUTPUT,
): Promise<number> {
  const found = await resolveTarget(env);
  if (!found.ok) {
    output.stderr(`reprocess: ${found.message}\n`);
    return 1;
  }
  const { bucket, table, queueUrl } = found.target;
  if (queueUrl === undefined) {
    output.stderr(`reprocess: no ingest queue known for ${found.target.from}; set PRESSLINE_QUEUE_URL\n`);
    return 1;
  }
  const targetClients = createTargetClients(found.target);
  const { s3 } = targetClients;
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
    targetClients.sqs.destroy();
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
