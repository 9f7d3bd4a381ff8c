import { Command } from 'commander';

/** Placeholder until the `put` command lands; registered so `pressline --help` lists it. */
export function putCommand(): Command {
  return new Command('put')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('put: not available yet\n');
      process.exitCode = 1;
    });
}
