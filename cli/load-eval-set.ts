import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { releaseFormatOf } from '../lambdas/adapters/release-format.ts';
import { GoldRecord } from './eval/gold.ts';

/** One release of an evaluation folder with its gold annotation. */
export interface EvalDocument {
  readonly id: string;
  readonly releasePath: string;
  readonly gold: GoldRecord;
}

export interface EvalSet {
  readonly documents: readonly EvalDocument[];
  /** Gold without release, gold that does not parse: each one line. */
  readonly problems: readonly string[];
  /** Files that read as releases but have no gold (a folder's README.md, say): skipped, not a problem. */
  readonly skipped: readonly string[];
}

/** Corpus folders name gold `<id>.gold.json`; samples name it `<id>.expected.json`. */
const GOLD_SUFFIXES = ['.gold.json', '.expected.json'] as const;

/**
 * Pairs every release of a folder (`.txt`, `.md`, `.html`) with its gold file, sorted by id.
 *
 * @example
 * await loadEvalSet('samples') // { documents: [{ id: 'festival', releasePath: 'samples/festival.txt', gold }], problems: [], skipped: [] }
 */
export async function loadEvalSet(folder: string): Promise<EvalSet> {
  const names = new Set(await readdir(folder));
  const documents: EvalDocument[] = [];
  const problems: string[] = [];
  const skipped: string[] = [];
  const goldNames = new Set(
    [...names].filter((name) => GOLD_SUFFIXES.some((suffix) => name.endsWith(suffix))),
  );
  for (const name of [...names].sort()) {
    if (goldNames.has(name) || !releaseFormatOf(name).ok) continue;
    const id = name.replace(/\.[^.]+$/, '');
    const goldName = GOLD_SUFFIXES.map((suffix) => id + suffix).find((candidate) => names.has(candidate));
    if (!goldName) {
      skipped.push(name);
      continue;
    }
    goldNames.delete(goldName);
    const json = await readJson(join(folder, goldName));
    if (!json.ok) {
      problems.push(`${goldName}: ${json.message}`);
      continue;
    }
    const parsed = GoldRecord.safeParse(json.value);
    if (!parsed.success) {
      problems.push(`${goldName}: not a valid gold file: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      continue;
    }
    documents.push({ id, releasePath: join(folder, name), gold: parsed.data });
  }
  for (const orphan of goldNames) problems.push(`${orphan}: no release file with the same id`);
  return { documents, problems, skipped };
}

async function readJson(
  path: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  try {
    return { ok: true, value: JSON.parse(await readFile(path, 'utf8')) };
  } catch (error) {
    // An unreadable or malformed gold file is reported as a problem of the folder, not thrown.
    return {
      ok: false,
      message: `cannot read JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
