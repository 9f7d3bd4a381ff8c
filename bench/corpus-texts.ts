import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface BenchText {
  readonly name: string;
  readonly text: string;
}

/** The plain-text releases of a folder (`.txt` and `.md`), in name order; none when it is missing. */
export async function readReleases(dir: string): Promise<BenchText[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const releases = names.filter((name) => /\.(txt|md)$/.test(name)).sort();
  return Promise.all(releases.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
}

/** Repeats the releases, separated by blank lines, until the text reaches `bytes` characters. */
export function textOfSize(releases: readonly BenchText[], bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const next = releases[i % releases.length]?.text ?? 'Over 100 guests attended.';
    parts.push(next);
    length += next.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}
