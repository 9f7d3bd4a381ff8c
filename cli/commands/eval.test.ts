import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectedOutput } from '../command-output.ts';
import { runEval } from './eval.ts';

let folder: string;

const gold = {
  id: 'clinic',
  source: 'hand-made',
  publishedDate: '2025-06-18',
  organizations: [{ name: 'Northside Health Trust', aliases: ['NHT'] }],
  people: [{ name: 'Maria Gonzalez', aliases: ['Gonzalez'] }],
  locations: [{ name: 'Madrid', aliases: [] }],
  dates: ['2025-06-18', '2025-06-20'],
  quotes: [{ speaker: 'Maria Gonzalez', text: 'We are proud of this clinic', type: 'direct' }],
  attendance: [{ count: 300, qualifier: 'over', text: 'More than 300 people attended' }],
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressline-eval-'));
  await writeFile(
    join(folder, 'clinic.txt'),
    'June 18, 2025\n\nThe Northside Health Trust (NHT) opened a clinic in Madrid on June 20. ' +
      '"We are proud of this clinic," said Maria Gonzalez. More than 300 people attended.\n',
  );
  await writeFile(join(folder, 'clinic.gold.json'), JSON.stringify(gold));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const capture = collectedOutput;

describe('runEval', () => {
  it('scores a second annotation instead of the extractor with --against', async () => {
    const other = await mkdtemp(join(tmpdir(), 'pressline-eval-other-'));
    try {
      // The second annotator missed the attendance and named the place by another name.
      const second = { ...gold, locations: [{ name: 'Madrid city', aliases: [] }], attendance: [] };
      await writeFile(join(other, 'clinic.expected.json'), JSON.stringify(second));
      const output = capture();
      expect(await runEval(folder, { json: true, against: other }, output)).toBe(0);
      const report = JSON.parse(output.lines.join('\n'));
      const fields = report.systems['second annotator'].fields;
      expect(fields.people).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
      expect(fields.quotes).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
      expect(fields.dates).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
      expect(fields.locations).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
      expect(fields.attendance).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('exits 1 when the second annotation covers no release', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'pressline-eval-empty-'));
    try {
      const output = capture();
      expect(await runEval(folder, { against: empty }, output)).toBe(1);
      expect(output.errors.join('\n')).toContain('skipped 1 releases with no second annotation');
      expect(output.errors.join('\n')).toContain('has a second annotation');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('prints JSON figures for our extractor and the baseline side by side', async () => {
    const output = capture();
    expect(await runEval(folder, { json: true, baseline: true, perDoc: true }, output)).toBe(0);
    const report = JSON.parse(output.lines.join('\n'));
    expect(report.documents).toBe(1);
    expect(Object.keys(report.systems)).toEqual(['pressline', 'bare compromise']);
    // The baseline finds no quotes and no attendance by design: all gold items are misses.
    expect(report.systems['bare compromise'].fields.quotes).toMatchObject({
      truePositives: 0,
      falseNegatives: 1,
    });
    expect(report.systems['bare compromise'].fields.attendance).toMatchObject({
      truePositives: 0,
      falseNegatives: 1,
    });
    expect(report.perDocument).toHaveLength(1);
    expect(report.perDocument[0].id).toBe('clinic');
  });

  it('prints a text table with one column per extractor', async () => {
    const output = capture();
    await runEval(folder, { baseline: true }, output);
    const text = output.lines.join('\n');
    expect(text).toMatch(/^1 documents in /);
    expect(text).toMatch(/field\s+pressline\s+bare compromise/);
    expect(text).toMatch(/\nmacro-F1\s+\d\.\d\d\s+\d\.\d\d/);
  });

  it('exits 1 and says why when a gold file is broken', async () => {
    await writeFile(join(folder, 'broken.txt'), 'Some text.');
    await writeFile(join(folder, 'broken.gold.json'), '{');
    const output = capture();
    expect(await runEval(folder, {}, output)).toBe(1);
    expect(output.errors.join('\n')).toMatch(/broken\.gold\.json/);
  });
});
