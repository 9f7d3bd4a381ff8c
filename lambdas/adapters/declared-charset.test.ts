import { describe, expect, it } from 'vitest';
import { charsetOfContentType, charsetOfHtmlMeta } from './declared-charset.ts';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('charsetOfContentType', () => {
  it.each([
    ['text/plain; charset=windows-1252', 'windows-1252'],
    ['text/html;charset=ISO-8859-1', 'ISO-8859-1'],
    ['text/plain; Charset="utf-8"', 'utf-8'],
    ['text/markdown; variant=GFM; charset=latin1', 'latin1'],
  ])('reads the charset of %s', (contentType, charset) => {
    expect(charsetOfContentType(contentType)).toBe(charset);
  });

  it.each([['text/plain'], ['application/octet-stream'], [undefined]])('finds none in %s', (contentType) => {
    expect(charsetOfContentType(contentType)).toBeUndefined();
  });
});

describe('charsetOfHtmlMeta', () => {
  it.each([
    ['<html><head><meta charset="windows-1252"><title>x</title>', 'windows-1252'],
    ["<meta charset='iso-8859-2'/>", 'iso-8859-2'],
    ['<META CHARSET=latin1>', 'latin1'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', 'iso-8859-15'],
  ])('reads the declaration in %s', (html, charset) => {
    expect(charsetOfHtmlMeta(ascii(html))).toBe(charset);
  });

  it('finds none in a page without a declaration', () => {
    expect(charsetOfHtmlMeta(ascii('<html><head><title>Charset of a page</title></head>'))).toBeUndefined();
  });

  it('looks no further than the first 1,024 bytes, as browsers do', () => {
    const late = `<html><!--${' '.repeat(1100)}--><meta charset="windows-1252">`;
    expect(charsetOfHtmlMeta(ascii(late))).toBeUndefined();
  });
});
