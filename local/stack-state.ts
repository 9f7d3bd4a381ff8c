import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The git-ignored folder of the embedded local stack: persisted data and the running stack's state. */
export const LOCAL_STATE_DIR = fileURLToPath(new URL('../.pressline/', import.meta.url));
export const LOCAL_DATA_DIR = `${LOCAL_STATE_DIR}data`;
const STATE_FILE = `${LOCAL_STATE_DIR}stack.json`;

/** What a running `pressline dev` tells other `pressline` commands: its environment and process id. */
export interface RunningStackState {
  readonly pid: number;
  readonly env: Readonly<Record<string, string>>;
}

/** Records the running stack, so `pressline env`, `put` and `dlq` in another terminal can find it. */
export async function saveRunningStack(state: RunningStackState, path = STATE_FILE): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(state, null, 2)}\n`);
}

export async function forgetRunningStack(path = STATE_FILE): Promise<void> {
  await rm(path, { force: true });
}

/** The running stack's state; undefined when none is recorded or its process is gone. */
export async function readRunningStack(path = STATE_FILE): Promise<RunningStackState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    // No state file: no stack was started here, or it stopped cleanly.
    return undefined;
  }
  const state = JSON.parse(text) as RunningStackState;
  return isAlive(state.pid) ? state : undefined;
}

function isAlive(pid: number): boolean {
  try {
    // Signal 0 checks that the process exists without touching it.
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
