import { join } from 'node:path';
import { startDynamoLocal } from './dynamo-local.ts';
import { checkJava } from './java-check.ts';
import { LocalStackError } from './local-stack-error.ts';

/** Endpoints of the emulators the embedded local stack and the tests run on loopback. */
export interface Emulators {
  /** S3 and SQS (one server). */
  readonly awsEndpoint: string;
  /** DynamoDB Local. */
  readonly dynamoEndpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /**
   * Observes every stored object change (upload, copy, overwrite, delete) the moment fauxqs makes it;
   * returns the function that stops observing. This is what replaces S3 bucket notifications locally.
   */
  onObjectChange(listener: ObjectChangeListener): () => void;
  stop(): Promise<void>;
}

export interface ObjectChange {
  readonly bucket: string;
  readonly key: string;
  readonly kind: 'created' | 'deleted';
}

export type ObjectChangeListener = (change: ObjectChange) => void;

export interface EmulatorOptions {
  /** Folder for persisted data; omitted: in memory (tests). */
  readonly dataDir?: string;
  /** 0 (the default) picks free ports. */
  readonly awsPort?: number;
  readonly dynamoPort?: number;
}

/** Region and static credentials the emulators accept (they check neither; DynamoDB Local wants letters). */
export const LOCAL_REGION = 'us-east-1';
export const LOCAL_CREDENTIALS = { accessKeyId: 'pressline', secretAccessKey: 'pressline' } as const;

/**
 * Starts S3+SQS (fauxqs) and DynamoDB Local on loopback. Fails with one line when Java is missing,
 * before anything starts.
 *
 * @example
 * const emulators = await startEmulators(); // in memory, free ports
 * const s3 = new S3Client({ endpoint: emulators.awsEndpoint, region: emulators.region, forcePathStyle: true });
 * await emulators.stop();
 */
export async function startEmulators(options: EmulatorOptions = {}): Promise<Emulators> {
  const java = checkJava();
  if (!java.ok) throw new LocalStackError(java.message);

  const dataDir = options.dataDir;
  const dynamoStart = startDynamoLocal({
    port: options.dynamoPort ?? 0,
    ...(dataDir === undefined ? {} : { dataDir: join(dataDir, 'dynamodb') }),
  });
  let fauxqs: Awaited<ReturnType<FauxqsModule['startFauxqs']>>;
  try {
    const { startFauxqs } = await loadFauxqs();
    fauxqs = await startFauxqs({
      port: options.awsPort ?? 0,
      logger: false,
      defaultRegion: LOCAL_REGION,
      // The spy's predicate sees every event synchronously: our hook for object changes. A small buffer
      // keeps memory flat; nothing reads the buffer.
      messageSpies: { bufferSize: 16 },
      ...(dataDir === undefined ? {} : { dataDir: join(dataDir, 'fauxqs') }),
    });
  } catch (error) {
    await dynamoStart.then((dynamo) => dynamo.stop()).catch(() => undefined);
    throw new LocalStackError(describeListenError(error, 'S3/SQS (fauxqs)', options.awsPort), {
      cause: error,
    });
  }
  let dynamo: Awaited<typeof dynamoStart>;
  try {
    dynamo = await dynamoStart;
  } catch (error) {
    await fauxqs.stop();
    throw error;
  }

  const listeners = new Set<ObjectChangeListener>();
  const watchObjectChanges = () => {
    let armed = false;
    fauxqs.spy
      .waitForMessage((message) => {
        // Called for buffered events too when registering: ignore those, they were seen already.
        if (!armed || message.service !== 's3') return false;
        const kind = toChangeKind(message.status);
        if (kind !== undefined) {
          for (const listener of listeners) listener({ bucket: message.bucket, key: message.key, kind });
        }
        return false;
      })
      // fauxqs rejects waiters when its spy is cleared (server.reset()); keep watching.
      .catch(() => {
        if (!stopped) watchObjectChanges();
      });
    armed = true;
  };
  let stopped = false;
  watchObjectChanges();

  return {
    awsEndpoint: `http://127.0.0.1:${fauxqs.port}`,
    dynamoEndpoint: dynamo.endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    onObjectChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      stopped = true;
      listeners.clear();
      await Promise.all([fauxqs.stop(), dynamo.stop()]);
    },
  };
}

type FauxqsModule = typeof import('fauxqs');

/**
 * Loads fauxqs without Node 22's "SQLite is an experimental feature" warning (fauxqs persists with
 * `node:sqlite`): printed at every `npm start`, it would alarm users about nothing they can act on.
 * Only that warning is held back, only while the module loads.
 */
async function loadFauxqs(): Promise<FauxqsModule> {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning).includes('SQLite is an experimental feature')) return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return await import('fauxqs');
  } finally {
    process.emitWarning = emitWarning;
  }
}

function toChangeKind(status: string): ObjectChange['kind'] | undefined {
  if (status === 'uploaded') return 'created';
  if (status === 'deleted') return 'deleted';
  // `copied` is followed by `uploaded` for the destination; downloads change nothing.
  return undefined;
}

function describeListenError(error: unknown, server: string, port: number | undefined): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') {
    return `port ${port} for ${server} is taken; stop what uses it or choose another (--aws-port or PRESSLINE_AWS_PORT).`;
  }
  return `${server} failed to start: ${error instanceof Error ? error.message : String(error)}`;
}
