import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import { releaseFormatOf } from '../../lambdas/adapters/release-format.ts';
import { extractReleaseFile } from '../extract-release-file.ts';
import { formatRecordsTable, type TableRow } from '../format/records-table.ts';
import { repoPath } from '../repo-path.ts';

/**
 * Extracts every release of a folder (not its expected records) and prints them as a table.
 * For now this is all `npm start` does; the embedded local stack will take this command over.
 *
 * @example
 * await runDev('samples') // prints the table, returns 0
 */
export async function runDev(folder: string): Promise<number> {
  const names = (await readdir(folder)).filter((name) => releaseFormatOf(name).ok).sort();
  const rows: TableRow[] = [];
  for (const name of names) rows.push(await extractReleaseFile(join(folder, name)));
  process.stdout.write(`${formatRecordsTable(rows)}\n`);
  return rows.some((row) => 'error' in row) ? 1 : 0;
}

/** `pressline dev [--dir <folder>]` */
export function devCommand(): Command {
  return new Command('dev')
    .description('Extract every release in samples/ and print the records as a table')
    .option('--dir <folder>', 'folder of releases', repoPath('samples'))
    .action(async (options: { dir: string }) => {
      process.exitCode = await runDev(options.dir);
    });
}
