import { Command } from 'commander';
import { listDeadLetters, redriveDeadLetters } from '../../local/dead-letters.ts';
import { resolveTarget } from '../../local/target.ts';
import { createTargetClients } from '../../local/target-clients.ts';

export interface DlqOptions {
  readonly json?: boolean;
  readonly redrive?: boolean;
}

/**
 * Shows the messages the ingest function gave up on (or, with `redrive`, sends them back to the
 * ingest queue). Returns the exit code: 0 when the dead-letter queue is empty or was redriven, 1 when
 * it holds messages or no stack was found.
 *
 * @example
 * await runDlq({}) // "2 dead letters" and one line per object; returns 1
 */
export async function runDlq(options: DlqOptions): Promise<number> {
  const found = await resolveTarget(process.env);
  if (!found.ok) {
    process.stderr.write(`${found.message}\n`);
    return 1;
  }
  const { target } = found;
  if (target.deadLetterQueueUrl === undefined) {
    process.stderr.write(`dlq: ${target.from} names no dead-letter queue (PRESSLINE_DLQ_URL)\n`);
    return 1;
  }
  const { sqs } = createTargetClients(target);
  try {
    if (options.redrive) {
      if (target.queueUrl === undefined) {
        process.stderr.write(`dlq: ${target.from} names no ingest queue (PRESSLINE_QUEUE_URL)\n`);
        return 1;
      }
      const moved = await redriveDeadLetters(sqs, target.deadLetterQueueUrl, target.queueUrl);
      process.stdout.write(`${moved} message(s) sent back to the ingest queue\n`);
      return 0;
    }
    const letters = await listDeadLetters(sqs, target.deadLetterQueueUrl);
    if (options.json) {
      for (const letter of letters) process.stdout.write(`${JSON.stringify(letter)}\n`);
    } else {
      process.stdout.write(`${letters.length} dead letter${letters.length === 1 ? '' : 's'}\n`);
      for (const letter of letters) {
        const objects = letter.objects.map((object) => `${object.eventName} ${object.key}`).join(', ');
        process.stdout.write(
          `  ${letter.sentAt ?? '(time unknown)'}  ${objects || `(not an S3 event) ${letter.body.slice(0, 80)}`}\n`,
        );
      }
    }
    return letters.length === 0 ? 0 : 1;
  } finally {
    sqs.destroy();
  }
}

/** `pressline dlq [--json] [--redrive]` */
export function dlqCommand(): Command {
  return new Command('dlq')
    .description('List the messages the ingest function gave up on (dead-letter queue)')
    .option('--json', 'one JSON object per message')
    .option('--redrive', 'send them back to the ingest queue (after fixing the cause)')
    .action(async (options: DlqOptions) => {
      process.exitCode = await runDlq(options);
    });
}
