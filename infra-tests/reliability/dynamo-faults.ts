import {
  DynamoDBClient,
  DynamoDBServiceException,
  InternalServerError,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Emulators } from '../../local/emulators.ts';

/** What a fault does to one call. */
export type FaultKind =
  /** ProvisionedThroughputExceededException, as DynamoDB throws when no item of a batch was written. */
  | 'throttle'
  /** A 500 (InternalServerError): transient, the SDK retries it. */
  | 'internal'
  /** A 503: transient, the SDK retries it. */
  | 'unavailable'
  /** BatchWriteItem writes the first half and returns the rest as UnprocessedItems (throttling). */
  | 'partial'
  /** The process dies here: an error nothing retries, as a killed or timed-out function. */
  | 'kill';

export interface Fault {
  /** `BatchWriteItemCommand`, `PutItemCommand`, `GetItemCommand`, `QueryCommand`, … */
  readonly command: string;
  /** Which calls of that command (1-based, counted from when the fault was added) fail. */
  readonly calls: ReadonlySet<number>;
  readonly kind: FaultKind;
}

/** A DynamoDB client whose calls fail as the current faults say; `fired` counts the faults applied. */
export interface FaultyDynamo {
  readonly documents: DynamoDBDocumentClient;
  inject(...faults: Fault[]): void;
  /** Runs after every successful BatchWriteItem call: a window into the table mid-write. */
  afterBatchWrite(observer: (() => Promise<void>) | undefined): void;
  clear(): void;
  readonly fired: Record<FaultKind, number>;
  destroy(): void;
}

/** Calls `1..n`. */
export const firstCalls = (n: number): ReadonlySet<number> =>
  new Set(Array.from({ length: n }, (_, i) => i + 1));

/**
 * A document client on DynamoDB Local with fault injection in its middleware stack: `partial`, `throttle`
 * and `kill` act before the SDK's own retries (so only our code can recover from them), `internal` and
 * `unavailable` inside them (so the SDK's retry strategy is what recovers). DynamoDB Local cannot
 * throttle or fail on demand; this is the only mock, and it sits at the wire, under the code under test.
 */
export function createFaultyDynamo(emulators: Emulators): FaultyDynamo {
  const client = new DynamoDBClient({
    region: emulators.region,
    credentials: emulators.credentials,
    endpoint: emulators.dynamoEndpoint,
  });
  let faults: Fault[] = [];
  let calls = new Map<string, number>();
  let observer: (() => Promise<void>) | undefined;
  let innerFired = new Set<string>();
  const fired: Record<FaultKind, number> = { throttle: 0, internal: 0, unavailable: 0, partial: 0, kill: 0 };

  /** The fault for this call of `command` at this layer, counting each call once (outer layer). */
  const faultFor = (command: string, count: boolean, layer: 'outer' | 'inner'): Fault | undefined => {
    const call = (calls.get(command) ?? 0) + (count ? 1 : 0);
    if (count) calls.set(command, call);
    const fault = faults.find((candidate) => candidate.command === command && candidate.calls.has(call));
    const inner = fault?.kind === 'internal' || fault?.kind === 'unavailable';
    return fault !== undefined && inner === (layer === 'inner') ? fault : undefined;
  };

  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      const fault = faultFor(command, true, 'outer');
      if (fault?.kind === 'throttle') {
        fired.throttle++;
        throw new ProvisionedThroughputExceededException({
          message: 'injected: throughput exceeded',
          $metadata: { httpStatusCode: 400 },
        });
      }
      if (fault?.kind === 'kill') {
        fired.kill++;
        throw new Error(`injected: the function was killed during ${command}`);
      }
      if (fault?.kind === 'partial') {
        fired.partial++;
        const input = args.input as { RequestItems: Record<string, unknown[]> };
        const [table, requests] = Object.entries(input.RequestItems)[0] ?? ['', []];
        const half = Math.ceil(requests.length / 2);
        const result = await next({
          ...args,
          input: { ...input, RequestItems: { [table]: requests.slice(0, half) } },
        });
        const output = result.output as { UnprocessedItems?: Record<string, unknown[]> };
        output.UnprocessedItems = {
          [table]: [...(output.UnprocessedItems?.[table] ?? []), ...requests.slice(half)],
        };
        await observer?.();
        return result;
      }
      const result = await next(args);
      if (command === 'BatchWriteItemCommand') await observer?.();
      return result;
    },
    { step: 'serialize', priority: 'high', name: 'injectOuterFaults' },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      const fault = faultFor(command, false, 'inner');
      // Once per call: the SDK's retry of the same call must then go through.
      const once = `${command}#${calls.get(command) ?? 0}`;
      if (fault !== undefined && !innerFired.has(once)) {
        innerFired.add(once);
        fired[fault.kind]++;
        if (fault.kind === 'internal') {
          throw new InternalServerError({
            message: 'injected: internal error',
            $metadata: { httpStatusCode: 500 },
          });
        }
        throw new DynamoDBServiceException({
          name: 'ServiceUnavailable',
          $fault: 'server',
          message: 'injected: service unavailable',
          $metadata: { httpStatusCode: 503 },
        });
      }
      return next(args);
    },
    { step: 'deserialize', name: 'injectInnerFaults' },
  );

  return {
    documents: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    inject(...added) {
      faults = [...faults, ...added];
      calls = new Map();
      innerFired = new Set();
    },
    afterBatchWrite(next) {
      observer = next;
    },
    clear() {
      faults = [];
      calls = new Map();
      innerFired = new Set();
      observer = undefined;
      for (const kind of Object.keys(fired) as FaultKind[]) fired[kind] = 0;
    },
    fired,
    destroy: () => client.destroy(),
  };
}
