import { Command, InvalidArgumentError, Option } from 'commander';
import { IsoDate } from '../../lambdas/model/press-record.ts';
import { type CommandOutput, processOutput } from '../command-output.ts';
import { describeError } from '../describe-error.ts';
import { type ExtractOutcome, extractReleaseFile, isExtractionError } from '../extract-release-file.ts';
import { formatErrorSummary, formatRecordSummary } from '../format/record-summary.ts';

export interface ExtractCommandOptions {
  readonly jsonl?: boolean;
  readonly referenceDate?: string;
}

/**
 * Extracts every file in input order and prints one summary (or one JSON line) per file. Files that
 * cannot be processed print their error and do not stop the rest. Returns the exit code: 0 when every
 * file gave a record, 1 when some input could not be processed, 2 when the extractor itself failed.
 *
 * @example
 * await runExtract(['a.txt', 'missing.txt'], { jsonl: true }) // prints 2 lines, returns 1
 */
export async function runExtract(
  paths: readonly string[],
  options: ExtractCommandOptions,
  output: CommandOutput = processOutput,
): Promise<number> {
  let exitCode = 0;
  for (const [index, path] of paths.entries()) {
    let outcome: ExtractOutcome;
    try {
      outcome = await extractReleaseFile(path, referenceDateOption(options));
    } catch (error) {
      // A bug, not an input problem: say so loudly with the cause, keep going with the other files.
      // The file still gets its line, so that `--jsonl` keeps one line per input.
      output.err(`${path}: extractor failure: ${describeError(error)}`);
      outcome = {
        source: path,
        error: { code: 'extract-failed', message: 'the extractor failed on this file' },
      };
      exitCode = 2;
    }
    if (isExtractionError(outcome)) exitCode = Math.max(exitCode, 1);
    if (options.jsonl) {
      output.out(JSON.stringify(outcome));
    } else {
      if (index > 0) output.out('');
      output.out(isExtractionError(outcome) ? formatErrorSummary(outcome) : formatRecordSummary(outcome));
    }
  }
  return exitCode;
}

/** `pressline extract <file>... [--jsonl]` */
export function extractCommand(): Command {
  return new Command('extract')
    .description('Extract the record of each press release file (.txt, .md, .html)')
    .argument('<file...>', 'release files, processed in order')
    .option('--jsonl', 'print one JSON record (or error object) per line, in input order')
    .addOption(
      new Option(
        '--reference-date <YYYY-MM-DD>',
        'resolve relative dates against this day when a release states no date',
      ).argParser(parseIsoDay),
    )
    .action(async (files: string[], options: ExtractCommandOptions) => {
      process.exitCode = await runExtract(files, options);
    });
}

function referenceDateOption(options: ExtractCommandOptions): { referenceDate?: string } {
  return options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate };
}

function parseIsoDay(value: string): string {
  if (!IsoDate.safeParse(value).success) {
    throw new InvalidArgumentError(`expected a day as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
