import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionError, PressRecord } from '../../lambdas/model/press-record.ts';
import { collectedOutput } from '../command-output.ts';
import { extractCommand, runExtract } from './extract.ts';

let folder: string;
const RELEASE =
  'March 3, 2025\n\nThe Eastvale Rowing Club opened its boathouse. About 200 members attended.\n';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressline-extract-'));
  const files: Record<string, string | Uint8Array> = {
    'good.txt': RELEASE,
    'bom.txt': `\uFEFF${RELEASE}`,
    'page.html': '<p>March 3, 2025</p><p>The boathouse opened.</p>',
    'notes.md': '# Boathouse\n\nThe boathouse opened on March 3, 2025.',
    'empty.txt': '',
    'blank.txt': ' \n\n\t ',
    'image.txt': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00),
    'nul.txt': 'text\u0000more',
    'latin1.txt': Uint8Array.of(0x63, 0x61, 0x66, 0xe9),
    'scan.pdf': '%PDF-1.7',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const capture = collectedOutput;

describe('runExtract --jsonl', () => {
  it('prints one valid record per good file, in input order, with source as given', async () => {
    const output = capture();
    const paths = ['good.txt', 'page.html', 'notes.md', 'bom.txt'].map((name) => join(folder, name));
    const code = await runExtract(paths, { jsonl: true }, output);
    expect(code).toBe(0);
    expect(output.lines).toHaveLength(4);
    output.lines.forEach((line, index) => {
      const record = PressRecord.parse(JSON.parse(line));
      expect(record.source).toBe(paths[index]);
    });
  });

  it.each([
    ['missing.txt', 'not-found'],
    ['empty.txt', 'empty'],
    ['blank.txt', 'empty'],
    ['image.txt', 'binary'],
    ['nul.txt', 'binary'],
    ['latin1.txt', 'invalid-encoding'],
    ['scan.pdf', 'unsupported-type'],
  ])('gives an error object for %s (%s) and exits non-zero after the rest', async (name, code) => {
    const output = capture();
    const paths = [join(folder, name), join(folder, 'good.txt')];
    expect(await runExtract(paths, { jsonl: true }, output)).toBe(1);
    expect(output.lines).toHaveLength(2);
    const failure = ExtractionError.parse(JSON.parse(output.lines[0] ?? ''));
    expect(failure).toMatchObject({ source: paths[0], error: { code } });
    expect(PressRecord.safeParse(JSON.parse(output.lines[1] ?? '')).success).toBe(true);
  });

  it('reports a directory as read-failed', async () => {
    const output = capture();
    expect(await runExtract([folder], { jsonl: true }, output)).toBe(1);
    expect(JSON.parse(output.lines[0] ?? '')).toMatchObject({ error: { code: 'read-failed' } });
  });
});

describe('runExtract summary', () => {
  it('prints a readable block per file, separated by a blank line', async () => {
    const output = capture();
    await runExtract([join(folder, 'good.txt'), join(folder, 'missing.txt')], {}, output);
    const text = output.lines.join('\n');
    expect(text).toContain(`${join(folder, 'good.txt')}\n  published      2025-03-03`);
    expect(text).toContain(`\n\n${join(folder, 'missing.txt')}\n  error          not-found:`);
  });
});

describe('extractCommand', () => {
  it.each([['2025-02-30'], ['2025-2-3'], ['soon']])('refuses --reference-date %s', async (value) => {
    const command = extractCommand()
      .exitOverride()
      .configureOutput({ writeErr: () => undefined });
    await expect(command.parseAsync(['--reference-date', value, 'a.txt'], { from: 'user' })).rejects.toThrow(
      /YYYY-MM-DD/,
    );
  });
});
