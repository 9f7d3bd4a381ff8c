import { describe, expect, it } from 'vitest';
import { readReleaseText, releaseFormatOf, toReleaseText } from './release-format.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('releaseFormatOf', () => {
  it.each([
    ['notes.txt', 'text'],
    ['incoming/2025/launch.md', 'markdown'],
    ['LAUNCH.HTML', 'html'],
    ['page.htm', 'html'],
    ['dir.with.dots/file.txt', 'text'],
  ])('reads %s as %s', (name, format) => {
    expect(releaseFormatOf(name)).toEqual({ ok: true, format });
  });

  it.each([['scan.pdf'], ['photo.png'], ['README'], ['dir.txt/file'], ['data.json']])(
    'refuses %s as unsupported-type',
    (name) => {
      expect(releaseFormatOf(name)).toMatchObject({ ok: false, code: 'unsupported-type' });
    },
  );
});

describe('toReleaseText', () => {
  it('keeps plain text as written, and Markdown but for its links', async () => {
    const markdown = '# Title\n\nA *bold* claim, said **Ana**.';
    expect(await toReleaseText(markdown, 'markdown')).toBe(markdown);
    expect(await toReleaseText('said [Ana](https://x.example/ana).', 'markdown')).toBe('said Ana.');
    expect(await toReleaseText('a\r\nb', 'text')).toBe('a\r\nb');
  });

  it('turns HTML paragraphs into blank-line separated blocks without markup', async () => {
    const html = `<html><head><title>Ignored?</title><style>p { color: red }</style>
      <script>var secret = 1;</script></head><body>
      <h1>Harbour Days open</h1>
      <p>The festival opened on <b>Friday</b>, said the <a href="https://example.org">organizers</a>.</p>
      <p>&ldquo;We are ready,&rdquo; she said.<br>Next line.</p>
      <img src="crowd.jpg" alt="crowd"></body></html>`;
    const text = await toReleaseText(html, 'html');
    expect(text.split('\n\n')).toEqual([
      'Harbour Days open',
      'The festival opened on Friday, said the organizers.',
      '\u201CWe are ready,\u201D she said.\nNext line.',
    ]);
    expect(text).not.toMatch(/secret|color|https|crowd|<|>/);
  });

  it("leaves out the page's navigation and sidebars", async () => {
    const html = `<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>
      <h1>Harbour Days open</h1><p>The festival opened on Friday.</p></article>
      <aside><h2>Related releases</h2><p>Ostrava Ferries names a new chief executive</p></aside></main></body>`;
    expect((await toReleaseText(html, 'html')).split('\n\n')).toEqual([
      'Harbour Days open',
      'The festival opened on Friday.',
    ]);
  });

  it('does not wrap long paragraphs', async () => {
    const long = `${'word '.repeat(60).trim()}.`;
    expect(await toReleaseText(`<p>${long}</p>`, 'html')).toBe(long);
  });
});

describe('readReleaseText', () => {
  it('checks the type before reading the bytes', async () => {
    expect(await readReleaseText('x.pdf', utf8('%PDF-1.4'))).toMatchObject({ code: 'unsupported-type' });
  });

  it('passes decoding errors on', async () => {
    expect(await readReleaseText('x.txt', new Uint8Array())).toMatchObject({ ok: false, code: 'empty' });
    expect(await readReleaseText('x.html', Uint8Array.of(0xff, 0xfe, 0x00, 0xd8))).toMatchObject({
      code: 'invalid-encoding',
    });
  });

  it('calls an HTML page with no visible text empty', async () => {
    expect(
      await readReleaseText('x.html', utf8('<html><body><img src="a.png"></body></html>')),
    ).toMatchObject({
      ok: false,
      code: 'empty',
    });
  });

  it('gives the text and format of a good file', async () => {
    expect(await readReleaseText('a.html', utf8('<p>One.</p><p>Two.</p>'))).toEqual({
      ok: true,
      text: 'One.\n\nTwo.',
      format: 'html',
    });
  });

  describe('in the charset the file declares', () => {
    /** Windows-1252 by hand: ASCII as is, the few characters the tests need by their byte. */
    const CP1252: Readonly<Record<string, number>> = { '\u00e9': 0xe9, '\u201C': 0x93, '\u201D': 0x94 };
    const cp1252 = (text: string): Uint8Array =>
      Uint8Array.from(text, (char) => CP1252[char] ?? char.charCodeAt(0));
    const quote = '\u201CCaf\u00e9\u201D';

    it('reads an HTML page in its <meta charset>', async () => {
      const page = cp1252(
        `<html><head><meta charset="windows-1252"></head><body><p>${quote}</p></body></html>`,
      );
      expect(await readReleaseText('a.html', page)).toMatchObject({ ok: true, text: quote });
    });

    it('reads a text file in the charset of its Content-Type', async () => {
      const result = await readReleaseText('a.txt', cp1252(quote), {
        contentType: 'text/plain; charset=windows-1252',
      });
      expect(result).toMatchObject({ ok: true, text: quote });
    });

    it("prefers the Content-Type's charset to the page's own, as browsers do", async () => {
      const page = utf8(`<meta charset="windows-1252"><p>${quote}</p>`);
      expect(
        await readReleaseText('a.html', page, { contentType: 'text/html; charset=utf-8' }),
      ).toMatchObject({
        ok: true,
        text: quote,
      });
    });

    it('reads no <meta> in a text file', async () => {
      const text = cp1252(`<meta charset="windows-1252"> ${quote}`);
      expect(await readReleaseText('a.txt', text)).toMatchObject({ ok: false, code: 'invalid-encoding' });
    });
  });
});
