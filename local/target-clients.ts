import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { StackTarget } from './target.ts';

/**
 * Applies a target's variables (a local stack's endpoints and credentials) to the environment, then
 * makes clients from the standard AWS settings, as any SDK user would.
 */
export function createTargetClients(target: StackTarget): { readonly s3: S3Client; readonly sqs: SQSClient } {
  Object.assign(process.env, target.env);
  // Emulators and LocalStack answer on one host: path-style URLs, not `<bucket>.localhost` names.
  const custom = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
  return { s3: new S3Client({ forcePathStyle: custom !== undefined }), sqs: new SQSClient({}) };
}
