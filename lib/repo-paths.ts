import { fileURLToPath } from 'node:url';

/**
 * Absolute paths the CDK app bundles from, resolved from this file rather than from the working
 * directory, so `cdk synth` and the tests find the same files wherever they are started.
 */
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export const REPO_PATHS = {
  root: repoRoot,
  lockFile: fileURLToPath(new URL('../package-lock.json', import.meta.url)),
  tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
  ingestHandler: fileURLToPath(new URL('../lambdas/handlers/ingest.ts', import.meta.url)),
  /** The extractor's data files, deployed beside each bundle (see lambdas/core/nlp/data-files.ts). */
  extractorData: fileURLToPath(new URL('../lambdas/core/nlp/data', import.meta.url)),
  queryHandler: fileURLToPath(new URL('../lambdas/handlers/query.ts', import.meta.url)),
} as const;
