/** One line of the bench table. */
export interface BenchRow {
  readonly measure: string;
  readonly value: string;
  readonly baseline?: string;
  readonly ratio?: string;
  readonly target?: string;
  /** Whether the target is met; absent when the row has no target. */
  readonly met?: boolean;
}

const HEADER = ['measure', 'Pressline', 'baseline', 'ratio', 'target', 'met'];

/** The bench table as GitHub-flavoured markdown. */
export function toMarkdownTable(rows: readonly BenchRow[]): string {
  const lines = [HEADER, HEADER.map(() => '---')].map((cells) => `| ${cells.join(' | ')} |`);
  for (const row of rows) {
    const met = row.met === undefined ? '' : row.met ? 'yes' : '**no**';
    const cells = [row.measure, row.value, row.baseline ?? '', row.ratio ?? '', row.target ?? '', met];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export const formatMs = (ms: number): string => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
export const formatRatio = (ratio: number): string => `${ratio.toFixed(2)}x`;
export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
export const formatUsd = (usd: number): string => `$${usd >= 100 ? usd.toFixed(0) : usd.toFixed(2)}`;
