import type { ErrorCode } from '../model/press-record.ts';

/** The error codes that bytes alone can explain. */
export type DecodeErrorCode = Extract<ErrorCode, 'empty' | 'binary' | 'invalid-encoding' | 'too-large'>;

/** An encoding's WHATWG name, as `TextDecoder` reports it: 'utf-8', 'utf-16le', 'windows-1252', … */
export type TextEncodingName = string;

/** Text decoded from bytes, or the reason the bytes are not a text release (errors as values). */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly code: DecodeErrorCode; readonly message: string };

export interface DecodeOptions {
  /** Larger inputs are refused before decoding. @default 5 MiB */
  readonly maxBytes?: number;
  /**
   * The charset the file declares (an S3 object's Content-Type, an HTML page's `<meta charset>`), any
   * WHATWG label such as 'windows-1252' or 'latin1'. A byte-order mark still wins; an unknown label
   * is ignored, as browsers ignore it.
   */
  readonly declaredCharset?: string;
}

/** A press release is a few kilobytes; 5 MiB leaves room for HTML pages and stops runaway uploads. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** File signatures of formats people drop by mistake; checked before decoding so the error says why. */
const MAGIC_NUMBERS: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP archive (or DOCX/XLSX)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * Decodes the bytes of a release into text. A byte-order mark decides the encoding (UTF-8, UTF-16 LE
 * or BE); without one, the declared charset does, and without a declaration only UTF-8 is accepted
 * (guessing would read a Windows-1252 file and a mis-saved UTF-8 file alike, silently). Empty or whitespace-only input, binary files (NUL bytes, known file signatures) and
 * bytes that are not valid in their encoding give an error value. Pure: bytes in, value out.
 *
 * @example
 * decodeText(new TextEncoder().encode('Hello')) // { ok: true, text: 'Hello', encoding: 'utf-8' }
 * decodeText(new Uint8Array()) // { ok: false, code: 'empty', message: 'the file is empty' }
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return fail('too-large', `the file has ${bytes.length} bytes, more than the limit of ${maxBytes}`);
  }
  if (bytes.length === 0) return fail('empty', 'the file is empty');
  const magic = MAGIC_NUMBERS.find((signature) => startsWith(bytes, signature.bytes));
  if (magic) return fail('binary', `the file is a ${magic.name}, not text`);
  if (startsWith(bytes, UTF16LE_BOM)) return decodeWith('utf-16le', bytes.subarray(2));
  if (startsWith(bytes, UTF16BE_BOM)) return decodeWith('utf-16be', bytes.subarray(2));
  if (startsWith(bytes, UTF8_BOM)) return decodeWith('utf-8', bytes.subarray(3));
  const declared = encodingOfLabel(options.declaredCharset);
  if (declared !== undefined) return decodeWith(declared, bytes);
  return decodeWith('utf-8', bytes, UNDECLARED_HINT);
}

/** What to do about a file that is not UTF-8 and says nothing of its charset. */
const UNDECLARED_HINT =
  '; save it as UTF-8, or declare its charset (an S3 Content-Type such as "text/plain; charset=windows-1252", or <meta charset> in HTML)';

/** The WHATWG name of a charset label, or undefined for no label or one no decoder knows. */
function encodingOfLabel(label: string | undefined): TextEncodingName | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    // The constructor signals an unknown label only by throwing (RangeError).
    return undefined;
  }
}

function decodeWith(encoding: TextEncodingName, body: Uint8Array, hint = ''): DecodeResult {
  // NUL bytes are a binary file's mark, except in UTF-16, where every ASCII character carries one.
  if (!encoding.startsWith('utf-16') && body.includes(0)) {
    return fail('binary', 'the file contains NUL bytes, so it is binary, not text');
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // TextDecoder signals malformed input only by throwing; that is an expected condition here.
    return fail('invalid-encoding', `the file is not valid ${encoding.toUpperCase()} text${hint}`);
  }
  if (text.includes('\u0000')) return fail('binary', 'the file contains NUL characters, so it is not text');
  if (text.trim() === '') return fail('empty', 'the file holds only whitespace');
  return { ok: true, text, encoding };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

function fail(code: DecodeErrorCode, message: string): DecodeResult {
  return { ok: false, code, message };
}
