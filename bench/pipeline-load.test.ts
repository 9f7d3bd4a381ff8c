import { describe, expect, it } from 'vitest';
import { decodeText } from '../lambdas/adapters/decode-text.ts';
import { makeLoadFiles } from './pipeline-load.ts';

const TEXTS = [
  { name: 'a.txt', text: 'The river board opened a dam on Monday.' },
  { name: 'b.md', text: '# Notes\n\nThe club met.' },
];

describe('makeLoadFiles', () => {
  const files = makeLoadFiles(TEXTS, 100, 0.05);

  it('makes every 20th file bad, in turn empty, binary and invalid UTF-8', () => {
    expect(files.filter((file) => file.bad !== undefined).map((file) => [file.name, file.bad])).toEqual([
      ['load/00019-empty.txt', 'empty'],
      ['load/00039-binary.txt', 'binary'],
      ['load/00059-invalid-encoding.txt', 'invalid-encoding'],
      ['load/00079-empty.txt', 'empty'],
      ['load/00099-binary.txt', 'binary'],
    ]);
  });

  it('makes bad files the decoder refuses for the reason they stand for, and good files it reads', () => {
    for (const file of files) {
      const decoded = decodeText(file.bytes);
      if (file.bad === undefined) expect(decoded.ok).toBe(true);
      else expect(decoded).toMatchObject({ ok: false, code: file.bad });
    }
  });

  it('gives every file its own name and its own bytes', () => {
    expect(new Set(files.map((file) => file.name)).size).toBe(100);
    const good = files
      .filter((file) => file.bad === undefined)
      .map((file) => Buffer.from(file.bytes).toString('hex'));
    expect(new Set(good).size).toBe(good.length);
    expect(files[1]?.name).toBe('load/00001.md');
  });
});
