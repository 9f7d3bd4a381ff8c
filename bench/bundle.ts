import { build } from 'esbuild';

/** Modules the Lambda Node.js runtime ships, left out of bundles as the CDK stack leaves them out. */
export const RUNTIME_PROVIDED = ['@aws-sdk/*', '@smithy/*'];

/**
 * Bundles an entry as the CDK stack does (esbuild, minified, ESM for Node on arm64 Lambda) and
 * returns the output path and its size in bytes.
 */
export async function bundleEntry(
  entry: string,
  outfile: string,
): Promise<{ outfile: string; bytes: number }> {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: RUNTIME_PROVIDED,
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
