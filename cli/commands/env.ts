import { Command } from 'commander';

/** Placeholder until the `env` command lands; registered so `pressline --help` lists it. */
export function envCommand(): Command {
  return new Command('env')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('env: not available yet\n');
      process.exitCode = 1;
    });
}
