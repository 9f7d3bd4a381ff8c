import { Command } from 'commander';

/** Placeholder until the `dlq` command lands; registered so `pressline --help` lists it. */
export function dlqCommand(): Command {
  return new Command('dlq')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('dlq: not available yet\n');
      process.exitCode = 1;
    });
}
