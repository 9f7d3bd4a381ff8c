/** `charset=` in a Content-Type value, quoted or not. */
const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;
/** `<meta charset="…">`, or the charset in `<meta http-equiv="Content-Type" content="…">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i;
/** Browsers look for the meta declaration in the first 1,024 bytes only (the HTML prescan). */
const PRESCAN_BYTES = 1024;

/**
 * The charset a Content-Type value declares (`text/plain; charset=windows-1252`), as written.
 *
 * @example
 * charsetOfContentType('text/html; charset="ISO-8859-1"') // 'ISO-8859-1'
 * charsetOfContentType('text/plain') // undefined
 */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  return contentType === undefined ? undefined : CONTENT_TYPE_CHARSET.exec(contentType)?.[1];
}

/**
 * The charset an HTML page declares in a `<meta>` tag within its first 1,024 bytes, as written. The
 * bytes are read as ASCII, which every charset a page can declare this way agrees with.
 *
 * @example
 * charsetOfHtmlMeta(new TextEncoder().encode('<meta charset="windows-1252"><p>Hi</p>')) // 'windows-1252'
 */
export function charsetOfHtmlMeta(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1];
}
