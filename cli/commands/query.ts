import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Command } from 'commander';
import { parseQueryRequest } from '../../lambdas/adapters/query-request.ts';
import type {
  AttendanceSummary,
  ReleaseLookup,
  ReleaseSummary,
  SpeakerQuotes,
} from '../../lambdas/adapters/release-queries.ts';
import { createReleaseQueries } from '../../lambdas/adapters/release-queries.ts';
import { type QueryAnswer, runQuery } from '../../lambdas/adapters/run-query.ts';
import type { PressRecord } from '../../lambdas/model/press-record.ts';
import { resolveTarget } from '../../local/target.ts';

export interface QueryOptions {
  readonly id?: string;
  readonly org?: string;
  readonly person?: string;
  readonly speaker?: string;
  readonly minAttendance?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: string;
  readonly cursor?: string;
  readonly json?: boolean;
}

export interface CommandOutput {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const PROCESS_OUTPUT: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs `pressline query` against the stack's table: `PRESSLINE_TABLE` (endpoints, region and
 * credentials from the standard AWS settings), else the `cdk deploy` outputs file, else the running
 * local stack. Returns the exit code: 0 when answered (even with no match), 1 for a bad query, no
 * stack found or an unknown id.
 *
 * @example
 * await runQueryCommand({ org: 'UN', from: '2025-01-01' }) // prints "2025-06-18  incoming/a.txt  (UN)" …
 */
export async function runQueryCommand(
  options: QueryOptions,
  env: Readonly<Record<string, string | undefined>> = process.env,
  output: CommandOutput = PROCESS_OUTPUT,
): Promise<number> {
  const request = parseQueryRequest({
    id: options.id,
    org: options.org,
    person: options.person,
    speaker: options.speaker,
    minAttendance: options.minAttendance,
    from: options.from,
    to: options.to,
    limit: options.limit,
    cursor: options.cursor,
  });
  if (!request.ok) {
    output.stderr(`query: ${request.message}\n`);
    return 1;
  }
  const found = await resolveTarget(env);
  if (!found.ok) {
    output.stderr(`query: ${found.message}\n`);
    return 1;
  }
  // A local stack's endpoints and credentials, when that is the target; then the standard AWS settings.
  Object.assign(process.env, found.target.env);
  const dynamo = new DynamoDBClient({});
  try {
    const queries = createReleaseQueries(DynamoDBDocumentClient.from(dynamo), found.target.table);
    const answer = await runQuery(queries, request.query);
    if (options.json) output.stdout(`${JSON.stringify(answerBody(answer), null, 2)}\n`);
    else output.stdout(formatAnswer(answer));
    if (answer.kind === 'release' && answer.release === undefined) {
      output.stderr(`query: no release with id ${request.query.kind === 'id' ? request.query.id : ''}\n`);
      return 1;
    }
    if (answer.kind === 'page' && answer.page.cursor !== null && !options.json) {
      output.stderr(`more: add --cursor ${answer.page.cursor}\n`);
    }
    return 0;
  } finally {
    dynamo.destroy();
  }
}

function answerBody(answer: QueryAnswer): unknown {
  return answer.kind === 'page' ? answer.page : (answer.release ?? null);
}

function formatAnswer(answer: QueryAnswer): string {
  if (answer.kind === 'release') return answer.release === undefined ? '' : formatRelease(answer.release);
  if (answer.page.items.length === 0) return 'no releases found\n';
  return answer.page.items.map((item) => formatListEntry(item as ReleaseSummary)).join('');
}

function formatListEntry(item: ReleaseSummary | AttendanceSummary | SpeakerQuotes): string {
  const date = item.publishedDate ?? `${item.sortDate} (uploaded)`;
  const matched = item.matched === undefined ? '' : `  (${item.matched})`;
  if ('attendance' in item) {
    const { count, qualifier } = item.attendance;
    return `${String(count).padStart(9)} ${qualifier.padEnd(6)} ${date}  ${item.id}\n`;
  }
  const line = `${date}  ${item.id}${matched}\n`;
  if (!('quotes' in item)) return line;
  return line + item.quotes.map((quote) => `    "${quote.text}" (${quote.type})\n`).join('');
}

function formatRelease(lookup: ReleaseLookup): string {
  if (lookup.status === 'rejected') {
    return `${lookup.id}  rejected (${lookup.error.code}): ${lookup.error.message}\n`;
  }
  const { release } = lookup;
  const record: PressRecord = release.record;
  const names = (entities: readonly { name: string; aliases?: readonly string[] | undefined }[]) =>
    entities
      .map((entity) =>
        entity.aliases?.length ? `${entity.name} (${entity.aliases.join(', ')})` : entity.name,
      )
      .join('; ') || '-';
  return [
    `${release.id}  published ${record.publishedDate ?? 'unknown'}`,
    `  source: ${record.source}  (extractor ${release.extractorVersion}, ingested ${release.ingestedAt})`,
    `  organizations: ${names(record.organizations)}`,
    `  people: ${names(record.people)}`,
    `  locations: ${names(record.locations)}`,
    `  dates: ${record.dates.map((date) => date.date).join(', ') || '-'}`,
    `  attendance: ${record.attendance.map((entry) => `${entry.count} (${entry.qualifier})`).join(', ') || '-'}`,
    `  quotes: ${record.quotes.length === 0 ? '-' : ''}`,
    ...record.quotes.map(
      (quote) => `    ${quote.speaker ?? '(unattributed)'}: "${quote.text}" (${quote.type})`,
    ),
    '',
  ].join('\n');
}

/** `pressline query`: one release by id, or releases by organization, person, speaker, date or attendance. */
export function queryCommand(): Command {
  return new Command('query')
    .description('Query the records table; lists newest first (attendance: largest first)')
    .option('--id <key>', 'one release, by its object key (incoming/…)')
    .option('--org <name>', 'releases mentioning an organization (any of its names)')
    .option('--person <name>', 'releases mentioning a person (any of their names)')
    .option('--speaker <name>', 'quotes by a person or organization (any of their names)')
    .option('--min-attendance <count>', 'releases by attendance, largest first, from this count up')
    .option('--from <YYYY-MM-DD>', 'from this date (inclusive)')
    .option('--to <YYYY-MM-DD>', 'up to this date (inclusive)')
    .option('--limit <n>', 'entries per page (1-100, default 20)')
    .option('--cursor <cursor>', 'the next page, as the previous page printed it')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nWith none of --id/--org/--person/--speaker/--min-attendance: releases published in the date range.',
    )
    .action(async (options: QueryOptions) => {
      process.exitCode = await runQueryCommand(options);
    });
}
