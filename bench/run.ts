// `npm run bench`: extraction speed, cold start, bundle size, memory, scaling and cost in one run, each
// figure beside a baseline measured in the same run. Prints the table and writes docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nlp from 'compromise';
import { bundleEntry } from './bundle.ts';
import { measureColdStart } from './cold-start.ts';
import { readReleases, textOfSize } from './corpus-texts.ts';
import { estimateCostPerMillion } from './cost-model.ts';
import { measurePipelineLoad } from './pipeline-load.ts';
import { type BenchRow, formatBytes, formatMs, formatRatio, formatUsd, toMarkdownTable } from './report.ts';
import { measureScaling, PATHOLOGICAL_INPUTS } from './scaling.ts';
import { measureThroughput } from './throughput.ts';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;
const TARGETS = {
  extractRatio: 1.5,
  coldStartRatio: 1.3,
  bundleBytes: 1.5 * 1024 * KB,
  growth: 2.3,
  fourMbMs: 10_000,
};
const LAMBDA_MEMORY_MB = 1024;

async function main(): Promise<void> {
  // Bundles live under node_modules so that the modules they leave to the Lambda runtime (the AWS SDK)
  // resolve as they would there.
  await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
  const workDir = await mkdtemp(join(root, 'node_modules/.cache/pressline-bench-'));
  try {
    const texts = [
      ...(await readReleases(join(root, 'samples'))),
      ...(await readReleases(join(root, '../shared/corpus/dev'))),
    ];
    if (texts.length === 0) throw new Error('no releases found in samples/ or ../shared/corpus/dev');
    const rows: BenchRow[] = [];
    const progress = (step: string) => process.stderr.write(`bench: ${step}\n`);
    progress('warm extraction');

    const warm = measureThroughput(texts, 7);
    rows.push({
      measure: `warm extraction, ${warm.releases} releases (${(warm.characters / KB).toFixed(0)} KB)`,
      value: `${formatMs(warm.extractMs)}: ${warm.releasesPerSecond.toFixed(0)} releases/s, ${(warm.charactersPerSecond / KB).toFixed(0)} KB/s`,
      baseline: `bare compromise parse ${formatMs(warm.bareParseMs)}`,
      ratio: formatRatio(warm.ratio),
      target: `<= ${TARGETS.extractRatio}x`,
      met: warm.ratio <= TARGETS.extractRatio,
    });

    progress('cold start');
    const typical =
      [...texts].sort((a, b) => a.text.length - b.text.length)[Math.floor(texts.length / 2)]?.text ?? '';
    const cold = await measureColdStart(workDir, typical, 9);
    rows.push({
      measure: 'cold start: fresh process, import bundle + extract one release',
      value: formatMs(cold.presslineMs),
      baseline: `compromise import + parse ${formatMs(cold.baselineMs)}`,
      ratio: formatRatio(cold.ratio),
      target: `<= ${TARGETS.coldStartRatio}x`,
      met: cold.ratio <= TARGETS.coldStartRatio,
    });
    rows.push({
      measure: 'cold start, extraction core alone (no handler, no AWS SDK clients)',
      value: formatMs(cold.coreMs),
      baseline: `handler and SDK clients add ${formatMs(cold.presslineMs - cold.coreMs)}`,
      ratio: formatRatio(cold.coreRatio),
      target: `<= ${TARGETS.coldStartRatio}x`,
      met: cold.coreRatio <= TARGETS.coldStartRatio,
    });

    progress('bundles and memory');
    for (const name of ['ingest', 'query']) {
      const entry = join(root, `lambdas/handlers/${name}.ts`);
      const bundle = await bundleEntry(entry, join(workDir, `${name}.mjs`));
      const withoutSdk = await bundleEntry(entry, join(workDir, `${name}-without-sdk.mjs`), {
        sdkFromRuntime: true,
      });
      rows.push({
        measure: `${name} Lambda bundle (minified, AWS SDK clients bundled as deployed)`,
        value: formatBytes(bundle.bytes),
        baseline: `without the AWS SDK ${formatBytes(withoutSdk.bytes)}; data files beside it ${formatBytes(bundle.dataBytes)}`,
        target: name === 'ingest' ? `< ${formatBytes(TARGETS.bundleBytes)}` : '',
        ...(name === 'ingest' ? { met: bundle.bytes < TARGETS.bundleBytes } : {}),
      });
    }

    const memoryBundle = await bundleEntry(
      join(root, 'bench/entries/peak-memory.ts'),
      join(workDir, 'peak-memory.mjs'),
    );
    const memoryRun = spawnSync(process.execPath, [memoryBundle.outfile], {
      input: JSON.stringify(texts.map((t) => t.text)),
    });
    rows.push({
      measure: 'peak resident memory, extracting every release',
      value: `${(Number(memoryRun.stdout.toString()) / KB).toFixed(0)} MB`,
    });

    progress('scaling');
    const corpusScaling = measureScaling(
      'releases',
      [10 * KB, 100 * KB, 1024 * KB, 4096 * KB],
      (size) => textOfSize(texts, size),
      // One run from 1 MB up: a run there lasts seconds and varies by a few percent; three cost half a minute.
      (size) => (size >= 1024 * KB ? 1 : 3),
    );
    const fourMb = corpusScaling.points.at(-1)?.ms ?? Number.POSITIVE_INFINITY;
    // The floor under the 4 MB figure: compromise alone parsing the same 4 MB.
    const fourMbText = textOfSize(texts, 4096 * KB);
    const bareStarted = performance.now();
    nlp(fourMbText);
    const bareFourMb = performance.now() - bareStarted;
    rows.push({
      measure: `scaling on releases: ${corpusScaling.points.map((p) => `${formatBytes(p.size)} ${formatMs(p.ms)}`).join(', ')}`,
      value: `worst growth per doubling ${corpusScaling.worstGrowth.toFixed(2)}`,
      baseline: `bare compromise parse of 4 MB ${formatMs(bareFourMb)}`,
      ratio: formatRatio(fourMb / bareFourMb),
      target: `< ${TARGETS.growth}; 4 MB < ${TARGETS.fourMbMs / 1000} s`,
      met: corpusScaling.worstGrowth < TARGETS.growth && fourMb < TARGETS.fourMbMs,
    });
    for (const [input, make] of Object.entries(PATHOLOGICAL_INPUTS)) {
      const scaling = measureScaling(input, [16 * KB, 64 * KB, 256 * KB], make, () => 1);
      rows.push({
        measure: `pathological input "${input}": ${scaling.points.map((p) => `${formatBytes(p.size)} ${formatMs(p.ms)}`).join(', ')}`,
        value: `worst growth per doubling ${scaling.worstGrowth.toFixed(2)}`,
        target: `< ${TARGETS.growth}`,
        met: scaling.worstGrowth < TARGETS.growth,
      });
    }

    // Lambda at 1,024 MB gets about 0.58 of a vCPU (a full vCPU at 1,769 MB), so CPU-bound work takes
    // 1/0.58 of its time on one core here; S3 read and DynamoDB writes add about 40 ms of waiting.
    const lambdaMs = warm.extractMs / warm.releases / (LAMBDA_MEMORY_MB / 1769) + 40;
    const cost = estimateCostPerMillion({
      characters: warm.characters / warm.releases,
      lambdaMs,
      lambdaMemoryMb: LAMBDA_MEMORY_MB,
      batchSize: 10,
      writeUnits: 30,
    });
    rows.push({
      measure: `cost per million releases (Lambda arm64 ${LAMBDA_MEMORY_MB} MB, ~${lambdaMs.toFixed(0)} ms each; S3, SQS, DynamoDB)`,
      value: `${formatUsd(cost.total)} (Lambda ${formatUsd(cost.lambda)}, DynamoDB ${formatUsd(cost.dynamodb)}, SQS ${formatUsd(cost.sqs)}, S3 ${formatUsd(cost.s3)})`,
      baseline: `managed entity API ${formatUsd(cost.managedNlp)}`,
      ratio: formatRatio(cost.total / cost.managedNlp),
    });

    // ---- local pipeline (bench/pipeline-load.ts): issue 5's 1,000 releases uploaded at once through
    // `pressline put`'s upload code to the embedded stack; the 5,000-upload load is `npm run bench:load`.
    progress('local pipeline, 1,000 releases');
    rows.push(...(await measurePipelineLoad(texts, 1000, 0, 'local pipeline')));
    // ---- end of the local pipeline section

    const table = toMarkdownTable(rows);
    const header = `# Benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.arch}. Medians of repeated runs; each ratio compares with a baseline measured in the same run.\n\n`;
    await mkdir(join(root, 'docs'), { recursive: true });
    await writeFile(join(root, 'docs/benchmarks.md'), `${header}${table}\n`);
    process.stdout.write(`${table}\n\nwritten to docs/benchmarks.md\n`);
    process.exitCode = rows.every((row) => row.met !== false) ? 0 : 1;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

await main();
