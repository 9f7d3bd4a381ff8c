import { fileURLToPath } from 'node:url';

const REPO_ROOT = new URL('../', import.meta.url);

/**
 * A path inside the repository, whatever the working directory (`npx pressline` may run anywhere).
 *
 * @example
 * repoPath('samples') // '<repo>/samples'
 */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(relative, REPO_ROOT));
}
