import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReleases } from '../../bench/corpus-texts.ts';
import { makeLoadFiles, runPipelineLoad } from '../../bench/pipeline-load.ts';

// Issue 6's load test at a size CI can afford: 300 uploads at once, 5% of them bad, through the
// embedded stack. The full size (5,000) is `npm run bench:load`.
const UPLOADS = 300;
const BAD_SHARE = 0.05;

describe('the pipeline under load', () => {
  it('accounts for every one of 300 uploads at once, 5% of them bad, with nothing duplicated', async () => {
    const texts = await readReleases(join(import.meta.dirname, '../../samples'));
    const files = makeLoadFiles(texts, UPLOADS, BAD_SHARE);
    expect(files.filter((file) => file.bad !== undefined)).toHaveLength(15);

    const result = await runPipelineLoad(files, { settleTimeoutMs: 170_000 });

    expect(result.failedUploads).toBe(0);
    expect(result.report.findings).toEqual([]);
    expect(result.report.objects).toBe(UPLOADS);
    expect(result.report.documents).toEqual({ ingested: UPLOADS - 15, rejected: 15, deleted: 0 });
    expect(result.duplicateDocuments).toBe(0);
  }, 180_000);
});
