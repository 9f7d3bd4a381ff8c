import { Command } from 'commander';

/** Placeholder until the `verify` command lands; registered so `pressline --help` lists it. */
export function verifyCommand(): Command {
  return new Command('verify')
    .description('(not available yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.stderr.write('verify: not available yet\n');
      process.exitCode = 1;
    });
}
