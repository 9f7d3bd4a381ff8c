import { build } from 'esbuild';

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

/**
 * Bundles an entry as the CDK stack does (esbuild, minified, ES module builds of dependencies first,
 * ESM for Node on arm64 Lambda) and returns the output path and its size in bytes.
 */
export async function bundleEntry(
  entry: string,
  outfile: string,
  options: BundleOptions = {},
): Promise<{ outfile: string; bytes: number }> {
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
  return { outfile, bytes: output?.bytes ?? 0 };
}
