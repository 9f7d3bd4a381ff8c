import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  NoSuchKey,
  type S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { S3ReadError } from './s3-read-error.ts';

export interface ObjectRef {
  readonly bucket: string;
  readonly key: string;
  /** Read this version when the bucket is versioned: the one the event is about, not a later one. */
  readonly versionId: string | null;
}

export type ObjectReadResult =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly lastModified: Date | undefined;
      /** As stored with the object; its charset, if any, says how to decode the bytes. */
      readonly contentType: string | undefined;
    }
  | { readonly ok: false; readonly code: 'not-found' | 'too-large'; readonly message: string };

/**
 * Reads an object's bytes, refusing objects larger than `maxBytes` without downloading them (by the
 * announced length, and by counting while streaming for a length that lies). An object or version that
 * no longer exists is a value (`not-found`): it was deleted before its event was processed.
 *
 * @example
 * await readObject(s3, { bucket: 'b', key: 'incoming/a.txt', versionId: null }, 5_242_880)
 * // { ok: true, bytes: Uint8Array(…), lastModified: Date, contentType: 'text/plain' }
 */
export async function readObject(
  client: S3Client,
  ref: ObjectRef,
  maxBytes: number,
): Promise<ObjectReadResult> {
  let response: GetObjectCommandOutput;
  try {
    response = await client.send(
      new GetObjectCommand({
        Bucket: ref.bucket,
        Key: ref.key,
        ...(ref.versionId === null ? {} : { VersionId: ref.versionId }),
      }),
    );
  } catch (error) {
    if (isNotFound(error)) {
      return { ok: false, code: 'not-found', message: `s3://${ref.bucket}/${ref.key} no longer exists` };
    }
    throw new S3ReadError(`reading s3://${ref.bucket}/${ref.key} failed`, { cause: error });
  }
  const body = response.Body as (AsyncIterable<Uint8Array> & { destroy?: () => void }) | undefined;
  const tooLarge = {
    ok: false,
    code: 'too-large',
    message: `the object is larger than the limit of ${maxBytes} bytes`,
  } as const;
  if (response.ContentLength !== undefined && response.ContentLength > maxBytes) {
    body?.destroy?.();
    return tooLarge;
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of body ?? []) {
      length += chunk.length;
      if (length > maxBytes) {
        body?.destroy?.();
        return tooLarge;
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw new S3ReadError(`reading the body of s3://${ref.bucket}/${ref.key} failed`, { cause: error });
  }
  return {
    ok: true,
    bytes: concat(chunks, length),
    lastModified: response.LastModified,
    contentType: response.ContentType,
  };
}

function isNotFound(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  if (!(error instanceof S3ServiceException)) return false;
  return (
    error.name === 'NoSuchVersion' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404
  );
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
