import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Command } from 'commander';
import { verifyPipeline } from '../../lambdas/adapters/verify-pipeline.ts';
import { type ConsistencyReport, describeFinding } from '../../lambdas/model/consistency.ts';
import { INCOMING_PREFIX } from '../../local/stack-definitions.ts';
import { resolveTarget } from '../../local/target.ts';
import { createTargetClients } from '../../local/target-clients.ts';
import type { CommandOutput } from './query.ts';

export interface VerifyOptions {
  readonly json?: boolean;
  readonly checksums?: boolean;
}

const PROCESS_OUTPUT: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit codes: consistent, inconsistent, could not look. */
export const VERIFY_EXIT = { clean: 0, findings: 1, failed: 2 } as const;

/**
 * Runs `pressline verify` against the stack `put` and `query` use (environment, `cdk deploy` outputs,
 * running local stack): lists the bucket's `incoming/` objects and scans the table, and prints every
 * inconsistency. Returns 0 when there is none, 1 when there are findings, 2 when no stack was found.
 *
 * @example
 * await runVerify({}) // prints "verify: 1000 objects, 950 records, 50 rejected, 0 deleted: consistent"; returns 0
 */
export async function runVerify(
  options: VerifyOptions,
  env: Readonly<Record<string, string | undefined>> = process.env,
  output: CommandOutput = PROCESS_OUTPUT,
): Promise<number> {
  const found = await resolveTarget(env);
  if (!found.ok) {
    output.stderr(`verify: ${found.message}\n`);
    return VERIFY_EXIT.failed;
  }
  const { target } = found;
  const { s3, sqs } = createTargetClients(target);
  sqs.destroy();
  const dynamo = new DynamoDBClient({});
  try {
    const report = await verifyPipeline({
      s3,
      documents: DynamoDBDocumentClient.from(dynamo),
      bucket: target.bucket,
      table: target.table,
      prefix: INCOMING_PREFIX,
      checksums: options.checksums === true,
    });
    if (options.json) output.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else output.stdout(formatReport(report, target.from));
    return report.findings.length === 0 ? VERIFY_EXIT.clean : VERIFY_EXIT.findings;
  } finally {
    s3.destroy();
    dynamo.destroy();
  }
}

function formatReport(report: ConsistencyReport, from: string): string {
  const { ingested, rejected, deleted } = report.documents;
  const verdict = report.findings.length === 0 ? 'consistent' : `${report.findings.length} finding(s)`;
  const summary = `verify (${from}): ${report.objects} objects, ${ingested} records, ${rejected} rejected, ${deleted} deleted, ${report.generationItems} record items: ${verdict}\n`;
  return summary + report.findings.map((finding) => `  ${describeFinding(finding)}\n`).join('');
}

/** `pressline verify` */
export function verifyCommand(): Command {
  return new Command('verify')
    .description(
      'Compare the bucket with the table: objects with no record or status, records with no object, stale records, orphan items',
    )
    .option('--json', 'print the report as JSON')
    .option('--checksums', "read every object and compare its SHA-256 with the record's (one GET each)")
    .addHelpText(
      'after',
      '\nExit status: 0 consistent, 1 findings, 2 no stack found. Run it on a quiet pipeline: an upload being\nprocessed shows as a finding until its record is written.',
    )
    .action(async (options: VerifyOptions) => {
      process.exitCode = await runVerify(options);
    });
}
