import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES } from '../lambdas/adapters/decode-text.ts';
import { readReleaseText } from '../lambdas/adapters/release-format.ts';
import type { ErrorCode } from '../lambdas/model/press-record.ts';

export type ReleaseFileResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string };

/**
 * Reads a release file from disk into the text `extract` takes. A missing or unreadable file, an
 * unsupported type, empty, binary or badly encoded content give an error value, never an exception.
 *
 * @example
 * await readReleaseFile('samples/missing.txt') // { ok: false, code: 'not-found', message: '…' }
 */
export async function readReleaseFile(path: string): Promise<ReleaseFileResult> {
  let bytes: Uint8Array;
  try {
    // Size first, so a huge file is refused without reading it into memory.
    const { size } = await stat(path);
    if (size > DEFAULT_MAX_BYTES) {
      return {
        ok: false,
        code: 'too-large',
        message: `${path} has ${size} bytes, more than ${DEFAULT_MAX_BYTES}`,
      };
    }
    bytes = await readFile(path);
  } catch (error) {
    return describeReadError(path, error);
  }
  const read = await readReleaseText(path, bytes);
  return read.ok ? { ok: true, text: read.text } : read;
}

function describeReadError(path: string, error: unknown): ReleaseFileResult {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return { ok: false, code: 'not-found', message: `no such file: ${path}` };
  if (code === 'EISDIR') return { ok: false, code: 'read-failed', message: `${path} is a directory` };
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'read-failed', message: `cannot read ${path}: ${reason}` };
}
