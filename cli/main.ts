import { Command } from 'commander';
import { devCommand } from './commands/dev.ts';
import { dlqCommand } from './commands/dlq.ts';
import { envCommand } from './commands/env.ts';
import { evalCommand } from './commands/eval.ts';
import { extractCommand } from './commands/extract.ts';
import { putCommand } from './commands/put.ts';
import { queryCommand } from './commands/query.ts';
import { reprocessCommand } from './commands/reprocess.ts';
import { verifyCommand } from './commands/verify.ts';

// Each command lives in cli/commands/<name>.ts and exports `<name>Command(): Command`.
const program = new Command('pressline')
  .description('Turn press releases into structured records.')
  .showHelpAfterError();

for (const command of [
  extractCommand(),
  evalCommand(),
  devCommand(),
  putCommand(),
  envCommand(),
  dlqCommand(),
  queryCommand(),
  reprocessCommand(),
  verifyCommand(),
]) {
  program.addCommand(command);
}

await program.parseAsync();
