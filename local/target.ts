import { readFile } from 'node:fs/promises';
import { readRunningStack } from './stack-state.ts';

/** Where a deployed or local stack's resources are. */
export interface StackTarget {
  readonly bucket: string;
  readonly table: string;
  readonly queueUrl?: string;
  readonly deadLetterQueueUrl?: string;
  /** Variables to apply before creating SDK clients (endpoints, region, credentials of a local stack). */
  readonly env: Readonly<Record<string, string>>;
  /** Where the names came from, for messages. */
  readonly from: string;
}

export type TargetResult =
  | { readonly ok: true; readonly target: StackTarget }
  | { readonly ok: false; readonly message: string };

type Environment = Readonly<Record<string, string | undefined>>;

/** `cdk deploy --outputs-file` output: `{ "<stack>": { "BucketName": …, … } }`. */
type OutputsFile = Record<string, Record<string, string>>;

/**
 * Finds the stack to talk to, first match wins:
 * 1. `PRESSLINE_BUCKET` and `PRESSLINE_TABLE` (with the standard AWS variables), as `pressline env` prints;
 * 2. the outputs file of `cdk deploy --outputs-file` (`PRESSLINE_OUTPUTS_FILE`, default `cdk-outputs.json`),
 *    the stack named by `PRESSLINE_STACK` or the only one in it;
 * 3. the running `pressline dev` of this checkout (unless `includeRunningLocalStack` is false).
 *
 * @example
 * const found = await resolveTarget(process.env);
 * if (found.ok) console.log(found.target.bucket);
 */
export async function resolveTarget(
  env: Environment,
  options: { readonly includeRunningLocalStack?: boolean } = {},
): Promise<TargetResult> {
  const bucket = env.PRESSLINE_BUCKET?.trim();
  const table = env.PRESSLINE_TABLE?.trim();
  if (bucket && table) {
    return {
      ok: true,
      target: {
        bucket,
        table,
        ...optional('queueUrl', env.PRESSLINE_QUEUE_URL),
        ...optional('deadLetterQueueUrl', env.PRESSLINE_DLQ_URL),
        env: {},
        from: 'PRESSLINE_BUCKET and PRESSLINE_TABLE',
      },
    };
  }
  const outputsPath = env.PRESSLINE_OUTPUTS_FILE?.trim() || 'cdk-outputs.json';
  const fromOutputs = await readOutputs(outputsPath, env.PRESSLINE_STACK?.trim());
  if (fromOutputs !== undefined) return fromOutputs;
  const running = options.includeRunningLocalStack === false ? undefined : await readRunningStack();
  if (running !== undefined) {
    const local = running.env;
    return {
      ok: true,
      target: {
        bucket: local.PRESSLINE_BUCKET ?? '',
        table: local.PRESSLINE_TABLE ?? '',
        ...optional('queueUrl', local.PRESSLINE_QUEUE_URL),
        ...optional('deadLetterQueueUrl', local.PRESSLINE_DLQ_URL),
        env: local,
        from: `the local stack (pid ${running.pid})`,
      },
    };
  }
  return {
    ok: false,
    message:
      'No stack found: start one with `npm start`, or set PRESSLINE_BUCKET and PRESSLINE_TABLE (`pressline env` ' +
      'prints them), or deploy with `cdk deploy --outputs-file cdk-outputs.json`.',
  };
}

async function readOutputs(path: string, stackName: string | undefined): Promise<TargetResult | undefined> {
  let outputs: OutputsFile;
  try {
    outputs = JSON.parse(await readFile(path, 'utf8')) as OutputsFile;
  } catch {
    // No outputs file (or not JSON): this source does not apply.
    return undefined;
  }
  const names = Object.keys(outputs);
  const name = stackName ?? (names.length === 1 ? names[0] : undefined);
  const stack = name === undefined ? undefined : outputs[name];
  if (stack === undefined) {
    return {
      ok: false,
      message: `${path} holds stacks ${names.join(', ')}: choose one with PRESSLINE_STACK.`,
    };
  }
  if (!stack.BucketName || !stack.TableName) {
    return { ok: false, message: `${path}: stack ${name} has no BucketName or TableName output.` };
  }
  return {
    ok: true,
    target: {
      bucket: stack.BucketName,
      table: stack.TableName,
      ...optional('queueUrl', stack.QueueUrl),
      ...optional('deadLetterQueueUrl', stack.DeadLetterQueueUrl),
      env: stack.Region ? { AWS_REGION: stack.Region } : {},
      from: `${path} (${name})`,
    },
  };
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  const trimmed = value?.trim();
  return (trimmed ? { [key]: trimmed } : {}) as { [P in K]?: string };
}
