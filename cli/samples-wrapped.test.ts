import { describe, expect, it } from 'vitest';
import { extract } from '../lambdas/core/extract.ts';
import { loadEvalSet } from './load-eval-set.ts';
import { readReleaseFile } from './read-release-file.ts';
import { repoPath } from './repo-path.ts';

/** Wraps every line of a text at `width` columns, as a mailer or a wire feed does: words are never cut. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && `${current} ${word}`.length > width) {
          lines.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');
}

// Plain-text and Markdown samples (an HTML page's own line breaks are spaces already).
const samples = (await loadEvalSet(repoPath('samples'))).documents.filter(
  (document) => !document.releasePath.endsWith('.html'),
);

describe('a hard-wrapped release', () => {
  it('wraps for real: the sample lines are longer than the width', async () => {
    const read = await readReleaseFile(samples[0]?.releasePath ?? '');
    if (!read.ok) throw new Error(read.message);
    expect(hardWrap(read.text, 72)).not.toBe(read.text);
  });

  it.each(samples.map((document) => [document.id, document.releasePath]))(
    '%s gives the same record wrapped at 72 and 60 columns as unwrapped',
    async (_id, path) => {
      const read = await readReleaseFile(path);
      if (!read.ok) throw new Error(read.message);
      const record = extract(read.text, { source: path });
      expect(extract(hardWrap(read.text, 72), { source: path })).toEqual(record);
      expect(extract(hardWrap(read.text, 60), { source: path })).toEqual(record);
    },
  );
});
