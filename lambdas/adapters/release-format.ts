import type { convert as Convert, HtmlToTextOptions } from 'html-to-text';
import type { ErrorCode } from '../model/press-record.ts';
import { charsetOfContentType, charsetOfHtmlMeta } from './declared-charset.ts';
import { type DecodeOptions, decodeText } from './decode-text.ts';
import { markdownAsText } from './markdown-text.ts';

/** How a release file is written; decides how it becomes plain text. */
export type ReleaseFormat = 'text' | 'markdown' | 'html';

/** The error codes of reading a release file's bytes into release text. */
export type ReleaseTextErrorCode = Extract<
  ErrorCode,
  'empty' | 'binary' | 'invalid-encoding' | 'too-large' | 'unsupported-type'
>;

export type ReleaseTextResult =
  | { readonly ok: true; readonly text: string; readonly format: ReleaseFormat }
  | { readonly ok: false; readonly code: ReleaseTextErrorCode; readonly message: string };

export type ReleaseFormatResult =
  | { readonly ok: true; readonly format: ReleaseFormat }
  | { readonly ok: false; readonly code: 'unsupported-type'; readonly message: string };

const FORMAT_BY_EXTENSION: Readonly<Record<string, ReleaseFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

// No line wrapping (a paragraph stays one line), no link targets or image names in the text, headings
// as written: the extractors then see the same shape as a .txt release, paragraphs split by blank lines.
const HTML_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...HEADINGS,
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'nav', format: 'skip' },
    // A page's sidebar (related releases, sign-ups, share links) is no part of the release.
    { selector: 'aside', format: 'skip' },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

/**
 * Tells the format of a release from its file name or S3 key (by extension, case-insensitive).
 *
 * @example
 * releaseFormatOf('incoming/launch.HTML') // { ok: true, format: 'html' }
 * releaseFormatOf('report.pdf').ok // false (code 'unsupported-type')
 */
export function releaseFormatOf(fileName: string): ReleaseFormatResult {
  const extension = /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
  const format = FORMAT_BY_EXTENSION[extension];
  if (format) return { ok: true, format };
  const supported = Object.keys(FORMAT_BY_EXTENSION).join(', ');
  const what = extension === '' ? 'a file without extension' : `"${extension}" files`;
  return { ok: false, code: 'unsupported-type', message: `${what} are not supported (use ${supported})` };
}

let htmlConverter: Promise<typeof Convert> | undefined;

/**
 * `html-to-text`, imported when the first HTML release comes: most releases are text or Markdown, and
 * loading it (its HTML parser and entity tables) would add about 40 ms to every cold start.
 */
function loadHtmlConverter(): Promise<typeof Convert> {
  htmlConverter ??= import('html-to-text').then((module) => module.convert);
  return htmlConverter;
}

/**
 * Turns decoded file content into release text: plain text as it is, Markdown with its links read as
 * their text (otherwise it reads well as text, and its paragraphs are already blank-line separated),
 * HTML through `html-to-text`.
 *
 * @example
 * await toReleaseText('<p>One.</p><p>Two.</p>', 'html') // 'One.\n\nTwo.'
 */
export async function toReleaseText(content: string, format: ReleaseFormat): Promise<string> {
  if (format === 'text') return content;
  if (format === 'markdown') return markdownAsText(content);
  const convert = await loadHtmlConverter();
  // html-to-text may leave three or more line breaks around headings; one blank line is a paragraph break.
  return convert(content, HTML_OPTIONS).replace(/\n{3,}/g, '\n\n');
}

export interface ReadReleaseOptions extends Pick<DecodeOptions, 'maxBytes'> {
  /** The Content-Type the file was stored with (an S3 object's): its charset, if any, decodes it. */
  readonly contentType?: string;
}

/**
 * Reads the bytes of a release file into the text `extract` takes: checks the type by name, decodes the
 * bytes in the charset they declare (the Content-Type's, else an HTML page's `<meta charset>`, as a
 * browser would), converts HTML. Every expected failure is a value with an `ErrorCode`. Pure: no I/O.
 *
 * @example
 * await readReleaseText('a.txt', new TextEncoder().encode('June 18, 2025\n\nHello.'))
 * // { ok: true, text: 'June 18, 2025\n\nHello.', format: 'text' }
 */
export async function readReleaseText(
  fileName: string,
  bytes: Uint8Array,
  options: ReadReleaseOptions = {},
): Promise<ReleaseTextResult> {
  const format = releaseFormatOf(fileName);
  if (!format.ok) return format;
  const declaredCharset =
    charsetOfContentType(options.contentType) ??
    (format.format === 'html' ? charsetOfHtmlMeta(bytes) : undefined);
  const decoded = decodeText(bytes, {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(declaredCharset === undefined ? {} : { declaredCharset }),
  });
  if (!decoded.ok) return decoded;
  const text = await toReleaseText(decoded.text, format.format);
  if (text.trim() === '') return { ok: false, code: 'empty', message: 'the file holds no text' };
  return { ok: true, text, format: format.format };
}
