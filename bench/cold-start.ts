import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bundleEntry } from './bundle.ts';
import { median } from './statistics.ts';

export interface ColdStart {
  /** The ingest handler as deployed (its AWS SDK clients created at import) plus one extraction. */
  readonly presslineMs: number;
  /** The extraction core alone plus one extraction: the handler's share is the difference. */
  readonly coreMs: number;
  readonly baselineMs: number;
  readonly ratio: number;
  readonly coreRatio: number;
}

const ENTRIES = {
  pressline: new URL('./entries/cold-start-pressline.ts', import.meta.url).pathname,
  core: new URL('./entries/cold-start-core.ts', import.meta.url).pathname,
  baseline: new URL('./entries/cold-start-compromise.ts', import.meta.url).pathname,
};

/**
 * Median wall time of a fresh Node process that loads a bundle and handles one release, for the ingest
 * handler, for the extraction core alone and for bare compromise, run alternately so that both see the same machine noise.
 */
export async function measureColdStart(workDir: string, text: string, runs: number): Promise<ColdStart> {
  const pressline = await bundleEntry(ENTRIES.pressline, join(workDir, 'cold-start-pressline.mjs'));
  const core = await bundleEntry(ENTRIES.core, join(workDir, 'cold-start-core.mjs'));
  const baseline = await bundleEntry(ENTRIES.baseline, join(workDir, 'cold-start-compromise.mjs'));
  const times = { pressline: [] as number[], core: [] as number[], baseline: [] as number[] };
  for (let run = 0; run < runs; run++) {
    times.pressline.push(timeProcess(pressline.outfile, text));
    times.core.push(timeProcess(core.outfile, text));
    times.baseline.push(timeProcess(baseline.outfile, text));
  }
  const presslineMs = median(times.pressline);
  const coreMs = median(times.core);
  const baselineMs = median(times.baseline);
  return { presslineMs, coreMs, baselineMs, ratio: presslineMs / baselineMs, coreRatio: coreMs / baselineMs };
}

function timeProcess(script: string, input: string): number {
  const started = performance.now();
  // The ingest handler reads its configuration at import, as it does in a cold Lambda container.
  const env = {
    ...process.env,
    PRESSLINE_TABLE: 'bench',
    PRESSLINE_BUCKET: 'bench',
    AWS_REGION: 'us-east-1',
  };
  const child = spawnSync(process.execPath, [script], { input, env });
  if (child.status !== 0) throw new Error(`${script} exited ${child.status}: ${child.stderr.toString()}`);
  return performance.now() - started;
}
