import { cpSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { DATA_FOLDER } from '../lambdas/core/nlp/data-files.ts';
import { REPO_PATHS } from '../lib/repo-paths.ts';

/** The AWS SDK v3 modules the Lambda Node.js runtime also ships (under /var/runtime). */
export const RUNTIME_PROVIDED = ['@aws-sdk/*', '@smithy/*'];

export interface BundleOptions {
  /**
   * Leave the AWS SDK out, to be loaded from the runtime's copy. The stack bundles the SDK clients it
   * uses (tree-shaken and minified they load in about half the time the runtime's CommonJS copy
   * takes), so this only serves to report the size of the rest.
   */
  readonly sdkFromRuntime?: boolean;
}

export interface Bundle {
  readonly outfile: string;
  /** The JavaScript bundle's size: the code parsed at each cold start. */
  readonly bytes: number;
  /** The extractor's data files deployed beside it, read on first use. */
  readonly dataBytes: number;
}

/**
 * Bundles an entry as the CDK stack does (esbuild, minified, ES module builds of dependencies first,
 * ESM for Node on arm64 Lambda), copies the extractor's data files beside it as the stack does, and
 * returns the output path and the sizes of both.
 */
export async function bundleEntry(
  entry: string,
  outfile: string,
  options: BundleOptions = {},
): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    external: options.sdkFromRuntime ? RUNTIME_PROVIDED : [],
    metafile: true,
    logLevel: 'error',
    // compromise and friends are ESM; some dependencies still `require` Node built-ins.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const output = result.metafile.outputs[Object.keys(result.metafile.outputs)[0] ?? ''];
  const dataFolder = join(dirname(outfile), DATA_FOLDER);
  cpSync(REPO_PATHS.extractorData, dataFolder, { recursive: true });
  return { outfile, bytes: output?.bytes ?? 0, dataBytes: folderBytes(dataFolder) };
}

function folderBytes(folder: string): number {
  return readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}
