/** The variables `pressline dev` and `pressline env` print, in the order a reader wants them. */
const PRINTED = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_S3',
  'AWS_ENDPOINT_URL_SQS',
  'AWS_ENDPOINT_URL_DYNAMODB',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'PRESSLINE_BUCKET',
  'PRESSLINE_TABLE',
  'PRESSLINE_QUEUE_URL',
  'PRESSLINE_DLQ_URL',
] as const;

/**
 * Shell lines that point the AWS CLI, the SDKs and `pressline` at a stack.
 *
 * @example
 * formatEnvLines({ AWS_REGION: 'us-east-1' }) // 'export AWS_REGION=us-east-1'
 */
export function formatEnvLines(env: Readonly<Record<string, string>>): string {
  return PRINTED.filter((name) => env[name] !== undefined)
    .map((name) => `export ${name}=${quoteForShell(env[name] ?? '')}`)
    .join('\n');
}

function quoteForShell(value: string): string {
  return /^[\w@%+=:,./-]*$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
