import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

/** UTF-16 by hand, so the test does not trust the decoder it checks. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out: number[] = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const high = unit >> 8;
    const low = unit & 0xff;
    out.push(...(order === 'le' ? [low, high] : [high, low]));
  }
  return Uint8Array.from(out);
}

describe('decodeText', () => {
  it.each([
    ['plain UTF-8', utf8('Caf\u00e9 opens \u201Ctoday\u201D'), 'Caf\u00e9 opens \u201Ctoday\u201D', 'utf-8'],
    ['UTF-8 with BOM, BOM removed', bytes(0xef, 0xbb, 0xbf, ...utf8('Hi there')), 'Hi there', 'utf-8'],
    [
      'UTF-16 LE with BOM',
      utf16('S\u00e3o Paulo \u00ab ok \u00bb', 'le'),
      'S\u00e3o Paulo \u00ab ok \u00bb',
      'utf-16le',
    ],
    ['UTF-16 BE with BOM', utf16('Z\u00fcrich, May 2', 'be'), 'Z\u00fcrich, May 2', 'utf-16be'],
    [
      'emoji and right-to-left text',
      utf8('\u{1F389} \u0645\u0631\u062D\u0628\u0627'),
      '\u{1F389} \u0645\u0631\u062D\u0628\u0627',
      'utf-8',
    ],
  ])('decodes %s', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    ['no bytes', bytes(), 'empty'],
    ['only whitespace', utf8(' \n\t\r\n '), 'empty'],
    ['only a BOM', bytes(0xef, 0xbb, 0xbf), 'empty'],
    ['UTF-16 whitespace', utf16('  \n', 'le'), 'empty'],
    ['a NUL byte in UTF-8', utf8('abc\u0000def'), 'binary'],
    ['a PNG signature', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'binary'],
    ['a PDF signature', utf8('%PDF-1.7\n%\u00e2\u00e3'), 'binary'],
    ['a ZIP signature', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'binary'],
    ['Latin-1 bytes (not UTF-8)', bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), 'invalid-encoding'],
    ['a truncated UTF-8 sequence', bytes(0x61, 0xe2, 0x80), 'invalid-encoding'],
    ['an unpaired UTF-16 surrogate', bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00), 'invalid-encoding'],
  ])('refuses %s', (_name, input, code) => {
    const result = decodeText(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message.length).toBeGreaterThan(0);
    }
  });

  it('refuses input over the size limit before decoding it', () => {
    const result = decodeText(utf8('x'.repeat(11)), { maxBytes: 10 });
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('accepts input exactly at the size limit', () => {
    expect(decodeText(utf8('x'.repeat(10)), { maxBytes: 10 })).toMatchObject({ ok: true });
  });

  describe('a declared charset', () => {
    // "Café “open” – 5€" in Windows-1252, byte by byte (0x93/0x94 curly quotes, 0x96 en dash, 0x80 euro).
    const cp1252 = bytes(
      0x43,
      0x61,
      0x66,
      0xe9,
      0x20,
      0x93,
      0x6f,
      0x70,
      0x65,
      0x6e,
      0x94,
      0x20,
      0x96,
      0x20,
      0x35,
      0x80,
    );
    const text = 'Caf\u00e9 \u201Copen\u201D \u2013 5\u20AC';

    it.each([['windows-1252'], ['cp1252'], ['Windows-1252']])('decodes the bytes as %s', (label) => {
      expect(decodeText(cp1252, { declaredCharset: label })).toEqual({
        ok: true,
        text,
        encoding: 'windows-1252',
      });
    });

    it('reads Latin-1 labels as Windows-1252, as the WHATWG Encoding Standard does', () => {
      expect(decodeText(cp1252, { declaredCharset: 'iso-8859-1' })).toMatchObject({ ok: true, text });
    });

    it('gives way to a byte-order mark', () => {
      const withBom = bytes(0xef, 0xbb, 0xbf, ...utf8('Caf\u00e9'));
      expect(decodeText(withBom, { declaredCharset: 'windows-1252' })).toEqual({
        ok: true,
        text: 'Caf\u00e9',
        encoding: 'utf-8',
      });
    });

    it('is ignored when no decoder knows it, so the bytes must be UTF-8', () => {
      expect(decodeText(utf8('Caf\u00e9'), { declaredCharset: 'x-made-up' })).toMatchObject({
        ok: true,
        encoding: 'utf-8',
      });
      expect(decodeText(cp1252, { declaredCharset: 'x-made-up' })).toMatchObject({
        ok: false,
        code: 'invalid-encoding',
      });
    });

    it('reads UTF-16 without a byte-order mark, whose NUL bytes are no sign of a binary file', () => {
      const le = bytes(0x4f, 0x00, 0x6b, 0x00);
      expect(decodeText(le, { declaredCharset: 'utf-16le' })).toEqual({
        ok: true,
        text: 'Ok',
        encoding: 'utf-16le',
      });
    });

    it('still refuses NUL bytes in a single-byte charset', () => {
      expect(decodeText(bytes(0x41, 0x00, 0x42), { declaredCharset: 'windows-1252' })).toMatchObject({
        ok: false,
        code: 'binary',
      });
    });

    it('is what the error of an undeclared non-UTF-8 file suggests', () => {
      const result = decodeText(cp1252);
      expect(result).toMatchObject({ ok: false, code: 'invalid-encoding' });
      expect(!result.ok && result.message).toMatch(/not valid UTF-8 text.*charset=windows-1252/);
    });
  });
});
