import { Command } from 'commander';

/** Placeholder until the `query` command lands; registered so `pressline --help` lists it. */
export function queryCommand(): Command {
  return new Command('query')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('query: not available yet\n');
      process.exitCode = 1;
    });
}
