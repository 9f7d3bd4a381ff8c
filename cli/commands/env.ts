import { Command } from 'commander';
import { formatEnvLines } from '../../local/env-lines.ts';
import { readRunningStack } from '../../local/stack-state.ts';

/**
 * Prints the `export` lines of the running local stack (the ones `pressline dev` printed). Returns the
 * exit code: 1 when no local stack is running.
 *
 * @example
 * await runEnv() // prints `export AWS_ENDPOINT_URL=http://127.0.0.1:4566` …, returns 0
 */
export async function runEnv(): Promise<number> {
  const running = await readRunningStack();
  if (running === undefined) {
    process.stderr.write('No local stack is running here: start it with `npm start` (pressline dev).\n');
    return 1;
  }
  process.stdout.write(`${formatEnvLines(running.env)}\n`);
  return 0;
}

/** `pressline env`: eval "$(npx pressline env)" points this shell at the local stack. */
export function envCommand(): Command {
  return new Command('env')
    .description(
      'Print the export lines that point the AWS CLI, SDKs and pressline at the running local stack',
    )
    .action(async () => {
      process.exitCode = await runEnv();
    });
}
