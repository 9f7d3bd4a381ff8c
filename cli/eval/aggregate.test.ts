import { describe, expect, it } from 'vitest';
import { documentMacroF1, ratesOf, summarize } from './aggregate.ts';
import type { DocumentScore, FieldTally } from './score-document.ts';

const tally = (tp: number, fp: number, fn: number): FieldTally => ({
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
  missed: [],
  spurious: [],
});

function documentScore(
  overrides: Partial<Record<string, FieldTally>>,
  published: [string | null, string | null],
) {
  const fields = {
    organizations: tally(0, 0, 0),
    people: tally(0, 0, 0),
    locations: tally(0, 0, 0),
    dates: tally(0, 0, 0),
    quotes: tally(0, 0, 0),
    attendance: tally(0, 0, 0),
    ...overrides,
  };
  const score: DocumentScore = {
    id: 'doc',
    fields,
    quoteDetection: fields.quotes,
    speakers: { correct: fields.quotes.truePositives, total: fields.quotes.truePositives },
    publishedDate: { predicted: published[0], gold: published[1] },
  };
  return score;
}

describe('ratesOf', () => {
  it.each([
    // tp, fp, fn -> precision, recall, f1 (worked by hand)
    [3, 1, 2, 0.75, 0.6, 2 / 3],
    [0, 0, 0, 1, 1, 1],
    [0, 0, 4, 0, 0, 0],
    [0, 2, 0, 0, 0, 0],
    [5, 0, 0, 1, 1, 1],
  ])('tp=%i fp=%i fn=%i gives P=%f R=%f F1=%f', (tp, fp, fn, precision, recall, f1) => {
    const rates = ratesOf({ truePositives: tp, falsePositives: fp, falseNegatives: fn });
    expect(rates.precision).toBeCloseTo(precision);
    expect(rates.recall).toBeCloseTo(recall);
    expect(rates.f1).toBeCloseTo(f1);
  });
});

describe('summarize', () => {
  it('sums counts over documents before computing rates (micro)', () => {
    const first = documentScore({ people: tally(1, 0, 0) }, ['2025-01-01', '2025-01-01']);
    const second = documentScore({ people: tally(0, 1, 3) }, [null, '2025-02-02']);
    const summary = summarize([first, second]);
    // people: tp 1, fp 1, fn 3 -> P 0.5, R 0.25, F1 1/3 (a macro average of documents would differ)
    expect(summary.fields.people).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 3 });
    expect(summary.fields.people.f1).toBeCloseTo(1 / 3);
    expect(summary.publishedDateAccuracy).toEqual({ correct: 1, total: 2, value: 0.5 });
    // five fields empty on both sides (F1 1) and people at 1/3: (5 + 1/3) / 6
    expect(summary.macroF1).toBeCloseTo((5 + 1 / 3) / 6);
  });

  it('has no speaker accuracy when no quote was detected', () => {
    expect(summarize([documentScore({}, [null, null])]).speakerAccuracy).toEqual({
      correct: 0,
      total: 0,
      value: null,
    });
  });
});

describe('documentMacroF1', () => {
  it('averages the F1 of the six fields', () => {
    // organizations F1 0 (all missed), quotes F1 0.5 (1 tp, 1 fp, 1 fn), four empty fields at 1
    const score = documentScore({ organizations: tally(0, 0, 2), quotes: tally(1, 1, 1) }, [null, null]);
    expect(documentMacroF1(score)).toBeCloseTo((0 + 0.5 + 4) / 6);
  });
});
