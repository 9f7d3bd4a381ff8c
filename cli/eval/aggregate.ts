import { type DocumentScore, type FieldTally, SCORED_FIELDS, type ScoredField } from './score-document.ts';

export interface Counts {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

export interface Rates {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export type FieldSummary = Counts & Rates;

/** A share with its parts; `value` is null when there is nothing to count. */
export interface Share {
  readonly correct: number;
  readonly total: number;
  readonly value: number | null;
}

/** Figures over a whole folder: every field's counts are summed over documents first (micro). */
export interface EvalSummary {
  readonly documents: number;
  readonly fields: Readonly<Record<ScoredField, FieldSummary>>;
  readonly quoteDetection: FieldSummary;
  readonly speakerAccuracy: Share;
  readonly publishedDateAccuracy: Share;
  /** Mean of the six fields' F1 (quotes counted with text and speaker both right). */
  readonly macroF1: number;
}

/**
 * Precision, recall and F1 of counts. Nothing predicted and nothing expected is a perfect score;
 * any other division by zero counts as 0 (an empty output never earns precision).
 *
 * @example
 * ratesOf({ truePositives: 3, falsePositives: 1, falseNegatives: 2 }) // { precision: 0.75, recall: 0.6, f1: 0.666… }
 */
export function ratesOf(counts: Counts): Rates {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  if (tp + fp + fn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * The mean F1 of the six fields of one document: the per-release figure the samples test checks.
 *
 * @example
 * documentMacroF1(scoreDocument(record, gold)) // 0.83
 */
export function documentMacroF1(score: DocumentScore): number {
  return mean(SCORED_FIELDS.map((field) => ratesOf(score.fields[field]).f1));
}

/**
 * Sums document scores into folder figures (micro precision/recall/F1 per field, then their mean).
 *
 * @example
 * summarize([scoreA, scoreB]).fields.people.f1 // 0.8
 */
export function summarize(scores: readonly DocumentScore[]): EvalSummary {
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((field) => [field, summarizeField(scores.map((score) => score.fields[field]))]),
  ) as Record<ScoredField, FieldSummary>;
  const speakers = sumShares(scores.map((score) => score.speakers));
  const dates = sumShares(
    scores.map((score) => ({
      correct: score.publishedDate.predicted === score.publishedDate.gold ? 1 : 0,
      total: 1,
    })),
  );
  return {
    documents: scores.length,
    fields,
    quoteDetection: summarizeField(scores.map((score) => score.quoteDetection)),
    speakerAccuracy: speakers,
    publishedDateAccuracy: dates,
    macroF1: mean(SCORED_FIELDS.map((field) => fields[field].f1)),
  };
}

function summarizeField(tallies: readonly FieldTally[]): FieldSummary {
  const counts = {
    truePositives: sum(tallies.map((t) => t.truePositives)),
    falsePositives: sum(tallies.map((t) => t.falsePositives)),
    falseNegatives: sum(tallies.map((t) => t.falseNegatives)),
  };
  return { ...counts, ...ratesOf(counts) };
}

function sumShares(parts: readonly { correct: number; total: number }[]): Share {
  const correct = sum(parts.map((part) => part.correct));
  const total = sum(parts.map((part) => part.total));
  return { correct, total, value: total === 0 ? null : correct / total };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}
