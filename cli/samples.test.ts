import { describe, expect, it } from 'vitest';
import { documentMacroF1 } from './eval/aggregate.ts';
import { scoreDocument } from './eval/score-document.ts';
import { extractReleaseFile, isExtractionError } from './extract-release-file.ts';
import { loadEvalSet } from './load-eval-set.ts';
import { repoPath } from './repo-path.ts';

/**
 * Each hand-annotated sample must score at least this macro-F1 (mean F1 of organizations, people,
 * locations, dates, quotes with speaker, attendance). Set where the finished extractors should land on
 * releases written plainly, with room for the odd miss in each field.
 */
const MIN_MACRO_F1 = 0.7;

// Loaded while the tests are collected, so that every sample in the folder is a test case of its own.
const samples = await loadEvalSet(repoPath('samples'));

describe('samples/', () => {
  it('holds at least ten releases, each with a valid expected record', () => {
    expect(samples.problems).toEqual([]);
    expect(samples.skipped).toEqual([]);
    expect(samples.documents.length).toBeGreaterThanOrEqual(10);
  });

  it('has a Markdown and an HTML release among them', () => {
    const paths = samples.documents.map((document) => document.releasePath);
    expect(paths.some((path) => path.endsWith('.md'))).toBe(true);
    expect(paths.some((path) => path.endsWith('.html'))).toBe(true);
  });
});

describe.each(samples.documents.map((document) => document.id))('sample %s', (id) => {
  it(`extracts the publication date exactly and reaches macro-F1 >= ${MIN_MACRO_F1}`, async () => {
    const document = samples.documents.find((candidate) => candidate.id === id);
    if (!document) throw new Error(`sample ${id} is missing from samples/`);
    const outcome = await extractReleaseFile(document.releasePath);
    if (isExtractionError(outcome)) throw new Error(`${id}: ${outcome.error.message}`);
    const score = scoreDocument(outcome, document.gold);
    expect(outcome.publishedDate).toBe(document.gold.publishedDate);
    expect(documentMacroF1(score)).toBeGreaterThanOrEqual(MIN_MACRO_F1);
  });
});
