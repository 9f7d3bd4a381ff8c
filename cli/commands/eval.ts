import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { extractBareBaseline } from '../../lambdas/core/nlp/bare-baseline.ts';
import { emptyRecord, type PressRecord } from '../../lambdas/model/press-record.ts';
import { type CommandOutput, processOutput } from '../command-output.ts';
import { describeError } from '../describe-error.ts';
import { summarize } from '../eval/aggregate.ts';
import { formatDocument, formatSummary, type LabelledSummary } from '../eval/format-report.ts';
import { goldAsRecord } from '../eval/gold-as-record.ts';
import { type DocumentScore, scoreDocument } from '../eval/score-document.ts';
import { extractReleaseFile, isExtractionError } from '../extract-release-file.ts';
import { type EvalDocument, goldReader, loadEvalSet } from '../load-eval-set.ts';
import { readReleaseFile } from '../read-release-file.ts';
import { repoPath } from '../repo-path.ts';

export interface EvalCommandOptions {
  readonly perDoc?: boolean;
  readonly baseline?: boolean;
  readonly json?: boolean;
  /** A folder of a second annotation of the same releases, scored instead of the extractor. */
  readonly against?: string;
}

/** The dev corpus beside the repository when it is there, else the samples that ship with it. */
export function defaultEvalFolder(): string {
  const corpus = repoPath('../shared/corpus/dev');
  return existsSync(corpus) ? corpus : repoPath('samples');
}

/**
 * Scores the extractor (and with `baseline`, bare compromise) against every release of a folder that
 * has a gold file, and prints the figures. Returns the exit code: 2 when the extractor threw on some
 * release, 1 when the folder had problems (invalid or orphan gold files, unreadable releases), else 0,
 * whatever the scores.
 *
 * @example
 * await runEval('samples', { perDoc: true }) // prints the summary and each document's misses
 */
export async function runEval(
  folder: string,
  options: EvalCommandOptions,
  output: CommandOutput = processOutput,
): Promise<number> {
  const set = await loadEvalSet(folder);
  const problems = [...set.problems];
  const failures: string[] = [];
  const ours: DocumentScore[] = [];
  const skippedByAgainst: string[] = [];
  const baseline: DocumentScore[] = [];
  const otherGold = options.against === undefined ? null : await goldReader(options.against);
  for (const document of set.documents) {
    if (otherGold !== null) {
      // Only the releases both annotations cover are compared; the rest are skipped, and said so.
      const other = await otherGold(document.id);
      if (other.ok) ours.push(scoreDocument(goldAsRecord(other.value), document.gold));
      else if (other.missing) skippedByAgainst.push(document.id);
      else problems.push(other.message);
      continue;
    }
    let record: PressRecord;
    try {
      const outcome = await extractReleaseFile(document.releasePath);
      if (isExtractionError(outcome)) problems.push(`${document.id}: ${outcome.error.message}`);
      record = isExtractionError(outcome) ? emptyRecord(document.releasePath) : outcome;
    } catch (error) {
      // An extractor bug on one release must not hide the figures of the others: it scores as
      // nothing found, is reported with its cause, and makes the exit code 2.
      failures.push(`${document.id}: extractor failure: ${describeError(error)}`);
      record = emptyRecord(document.releasePath);
    }
    ours.push(scoreDocument(record, document.gold));
    if (options.baseline) baseline.push(scoreDocument(await extractWithBaseline(document), document.gold));
  }
  const label = options.against === undefined ? 'pressline' : 'second annotator';
  const systems: LabelledSummary[] = [{ label, summary: summarize(ours) }];
  if (options.baseline) systems.push({ label: 'bare compromise', summary: summarize(baseline) });
  for (const name of set.skipped) output.err(`eval: skipped ${name} (no gold file)`);
  if (skippedByAgainst.length > 0)
    output.err(
      `eval: skipped ${skippedByAgainst.length} releases with no second annotation in ${options.against}`,
    );
  if (options.against !== undefined && ours.length === 0)
    problems.push(`no release of ${folder} has a second annotation in ${options.against}`);
  for (const problem of [...problems, ...failures]) output.err(`eval: ${problem}`);
  if (options.json) {
    const report = {
      folder,
      documents: ours.length,
      systems: Object.fromEntries(systems.map((system) => [system.label, system.summary])),
      ...(options.perDoc ? { perDocument: ours } : {}),
    };
    output.out(JSON.stringify(report, null, 2));
  } else {
    if (options.perDoc) for (const score of ours) output.out(`${formatDocument(score)}\n`);
    output.out(`${ours.length} documents in ${folder}\n\n${formatSummary(systems)}`);
  }
  if (failures.length > 0) return 2;
  return problems.length > 0 ? 1 : 0;
}

/** `pressline eval [dir] [--per-doc] [--baseline] [--json] [--against <dir>]` */
export function evalCommand(): Command {
  return new Command('eval')
    .description('Score extraction against a folder of <id>.txt + <id>.gold.json (or .expected.json)')
    .argument('[dir]', 'folder to score (default: ../shared/corpus/dev if present, else samples/)')
    .option('--per-doc', "show each document's figures, misses and false positives")
    .option('--baseline', 'also score bare compromise, side by side')
    .option('--json', 'print the figures as JSON')
    .option(
      '--against <dir>',
      'score a second annotation of the same releases (<id>.gold.json or .expected.json in <dir>) instead of the extractor: how far two annotators agree',
    )
    .action(async (dir: string | undefined, options: EvalCommandOptions) => {
      process.exitCode = await runEval(dir ?? defaultEvalFolder(), options);
    });
}

async function extractWithBaseline(document: EvalDocument): Promise<PressRecord> {
  const read = await readReleaseFile(document.releasePath);
  if (!read.ok) return emptyRecord(document.releasePath);
  return extractBareBaseline(read.text, { source: document.releasePath });
}
