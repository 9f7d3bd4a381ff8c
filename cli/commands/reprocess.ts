import { Command } from 'commander';

/** Placeholder until the `reprocess` command lands; registered so `pressline --help` lists it. */
export function reprocessCommand(): Command {
  return new Command('reprocess')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('reprocess: not available yet\n');
      process.exitCode = 1;
    });
}
