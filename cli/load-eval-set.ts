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
    const gold = await readGoldFile(join(folder, goldName));
    if (!gold.ok) {
      problems.push(`${goldName}: ${gold.message}`);
      continue;
    }
    documents.push({ id, releasePath: join(folder, name), gold: gold.value });
  }
  for (const orphan of goldNames) problems.push(`${orphan}: no release file with the same id`);
  return { documents, problems, skipped };
}

/**
 * A reader of the gold annotations in `folder` by release id (`<id>.gold.json` or `<id>.expected.json`),
 * each answer the gold or why there is none. The folder is listed once; a second annotator's folder
 * need hold no release files, and may cover only some.
 *
 * @example
 * const goldOf = await goldReader('annotator-b');
 * await goldOf('festival') // { ok: true, value: { id: 'festival', … } }
 */
export async function goldReader(folder: string): Promise<(id: string) => Promise<GoldReading>> {
  const names = new Set(await readdir(folder));
  return async (id) => {
    const goldName = GOLD_SUFFIXES.map((suffix) => id + suffix).find((candidate) => names.has(candidate));
    if (!goldName) {
      const message = `${id}: no ${id}.gold.json or ${id}.expected.json in ${folder}`;
      return { ok: false, missing: true, message };
    }
    const gold = await readGoldFile(join(folder, goldName));
    return gold.ok ? gold : { ...gold, message: `${goldName}: ${gold.message}` };
  };
}

/** A gold file read, or why not: `missing` when there is none, else it does not parse. */
type GoldReading = { ok: true; value: GoldRecord } | { ok: false; missing: boolean; message: string };

async function readGoldFile(path: string): Promise<GoldReading> {
  const json = await readJson(path);
  if (!json.ok) return { ...json, missing: false };
  const parsed = GoldRecord.safeParse(json.value);
  if (!parsed.success) {
    const message = `not a valid gold file: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
    return { ok: false, missing: false, message };
  }
  return { ok: true, value: parsed.data };
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
