import type { ExtractionError, PressRecord } from '../../lambdas/model/press-record.ts';
import { pad, truncate } from './text-cells.ts';

/** One row of the table: a record, or the error of an input that could not be processed. */
export type TableRow = PressRecord | ExtractionError;

interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
  readonly maxWidth: number;
  readonly cell: (record: PressRecord) => string;
}

const COLUMNS: readonly Column[] = [
  { header: 'file', align: 'left', maxWidth: 36, cell: (r) => fileName(r.source) },
  { header: 'published', align: 'left', maxWidth: 10, cell: (r) => r.publishedDate ?? '-' },
  { header: 'orgs', align: 'right', maxWidth: 4, cell: (r) => String(r.organizations.length) },
  { header: 'people', align: 'right', maxWidth: 6, cell: (r) => String(r.people.length) },
  { header: 'places', align: 'right', maxWidth: 6, cell: (r) => String(r.locations.length) },
  { header: 'quotes', align: 'right', maxWidth: 6, cell: (r) => String(r.quotes.length) },
  { header: 'attendance', align: 'right', maxWidth: 12, cell: describeAttendance },
  {
    header: 'first organizations',
    align: 'left',
    maxWidth: 60,
    cell: (r) =>
      r.organizations
        .slice(0, 3)
        .map((o) => o.aliases[0] ?? o.name)
        .join(', ') || '-',
  },
];

/**
 * Records as an aligned text table, one row per release (what `pressline dev` prints). An input that
 * failed shows its error code in place of the figures.
 *
 * @example
 * formatRecordsTable([record])
 * // file           published   orgs people places quotes attendance first organizations
 * // festival.txt   2025-08-02     3      2      4      3     >12000 Harbour Council, …
 */
export function formatRecordsTable(rows: readonly TableRow[]): string {
  const cells = rows.map((row) =>
    'error' in row
      ? [fileName(row.source), `error: ${row.error.code}: ${row.error.message}`]
      : COLUMNS.map((column) => truncate(column.cell(row), column.maxWidth)),
  );
  const widths = COLUMNS.map((column, index) =>
    Math.max(
      column.header.length,
      ...cells.filter((row) => row.length === COLUMNS.length).map((row) => [...(row[index] ?? '')].length),
    ),
  );
  const render = (row: readonly string[]): string =>
    row.length === COLUMNS.length
      ? row
          .map((cell, index) => pad(cell, widths[index] ?? 0, COLUMNS[index]?.align))
          .join('  ')
          .trimEnd()
      : `${pad(row[0] ?? '', widths[0] ?? 0)}  ${row[1] ?? ''}`;
  return [
    render(COLUMNS.map((column) => column.header)),
    ...cells.map(render),
    `${rows.length} release${rows.length === 1 ? '' : 's'}`,
  ].join('\n');
}

/** The largest count, with its qualifier as a sign: `>300`, `~1200`, `<50`, `<=80`, or `-`. */
function describeAttendance(record: PressRecord): string {
  const largest = [...record.attendance].sort((a, b) => b.count - a.count)[0];
  if (!largest) return '-';
  const sign = { exact: '', over: '>', under: '<', about: '~', 'up-to': '<=' }[largest.qualifier];
  return `${sign}${largest.count}`;
}

function fileName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}
