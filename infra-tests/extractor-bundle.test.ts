import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntry } from '../bench/bundle.ts';
import { DATA_FOLDER } from '../lambdas/core/nlp/data-files.ts';

// The extractor reads its data files (the town list) from beside the module that asks for them; in a
// bundle that is the bundle itself. Bundled as the stack bundles it and run in a fresh process, it must
// find them there, and fail loudly, not silently lose towns, when they are missing.
let workDir: string;
let bundle: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'pressline-extractor-bundle-'));
  bundle = (
    await bundleEntry(
      new URL('../lambdas/core/index.ts', import.meta.url).pathname,
      join(workDir, 'index.mjs'),
    )
  ).outfile;
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs `extract` from the bundle in a new Node process and returns the location names it found. */
function locationsFromBundle(text: string): string[] {
  const script = `const { extract } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    console.log(JSON.stringify(extract(${JSON.stringify(text)}, {}).locations.map((l) => l.name)));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
  );
}

describe('the bundled extractor and its data files', () => {
  it('reads the town list from beside the bundle: a town only GeoNames knows is a place', () => {
    expect(locationsFromBundle('The cooperative opened a new warehouse in Sialkot on Monday.')).toContain(
      'Sialkot',
    );
  });

  it('fails with the missing file named when the data folder was not deployed', () => {
    rmSync(join(workDir, DATA_FOLDER), { recursive: true });
    expect(() => locationsFromBundle('The cooperative opened a new warehouse in Sialkot on Monday.')).toThrow(
      /city-names\.br/,
    );
  });
});
