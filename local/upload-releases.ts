import { readFile } from 'node:fs/promises';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ReleaseFile } from './release-files.ts';
import { INCOMING_PREFIX } from './stack-definitions.ts';

export interface UploadProgress {
  readonly done: number;
  readonly total: number;
  readonly key: string;
  readonly bytes: number;
}

export interface UploadFailure {
  readonly path: string;
  readonly key: string;
  readonly error: unknown;
}

const UPLOADS_AT_ONCE = 8;

/**
 * Uploads release files under `incoming/`, a few at a time, reporting each one done. The bytes go as
 * read, with no content transformation, so what is stored equals the file.
 *
 * @example
 * const failures = await uploadReleases(s3, 'bucket', files, (p) => console.log(`${p.done}/${p.total} ${p.key}`));
 */
export async function uploadReleases(
  s3: S3Client,
  bucket: string,
  files: readonly ReleaseFile[],
  onProgress: (progress: UploadProgress) => void = () => undefined,
): Promise<UploadFailure[]> {
  const failures: UploadFailure[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      if (file === undefined) return;
      const key = `${INCOMING_PREFIX}${file.name}`;
      try {
        const body = await readFile(file.path);
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
        onProgress({ done: ++done, total: files.length, key, bytes: body.length });
      } catch (error) {
        failures.push({ path: file.path, key, error });
        done += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(UPLOADS_AT_ONCE, files.length) }, worker));
  return failures;
}
