import { documentMacroF1, type EvalSummary, type FieldSummary, ratesOf, type Share } from './aggregate.ts';
import { type DocumentScore, type FieldTally, SCORED_FIELDS } from './score-document.ts';

/** One extractor's figures over the folder, with the name to show above them. */
export interface LabelledSummary {
  readonly label: string;
  readonly summary: EvalSummary;
}

const LABEL_WIDTH = 18;
const COLUMN_WIDTH = 36;

/**
 * The folder figures of one or more extractors side by side, as aligned text.
 *
 * @example
 * formatSummary([{ label: 'pressline', summary }])
 * // field              pressline
 * //                    P     R     F1    (tp/fp/fn)
 * // organizations      0.81  0.74  0.77  (40/9/14)
 */
export function formatSummary(systems: readonly LabelledSummary[]): string {
  const row = (label: string, cells: readonly string[]): string =>
    (label.padEnd(LABEL_WIDTH) + cells.map((cell) => cell.padEnd(COLUMN_WIDTH)).join('')).trimEnd();
  const each = (cell: (summary: EvalSummary) => string): string[] => systems.map((s) => cell(s.summary));
  return [
    row(
      'field',
      systems.map((s) => s.label),
    ),
    row(
      '',
      systems.map(() => 'P     R     F1    (tp/fp/fn)'),
    ),
    ...SCORED_FIELDS.map((field) =>
      row(
        field === 'quotes' ? 'quotes+speaker' : field,
        each((s) => formatRates(s.fields[field])),
      ),
    ),
    row(
      'quote detection',
      each((s) => formatRates(s.quoteDetection)),
    ),
    row(
      'speaker accuracy',
      each((s) => formatShare(s.speakerAccuracy)),
    ),
    row(
      'publishedDate',
      each((s) => formatShare(s.publishedDateAccuracy)),
    ),
    row(
      'macro-F1',
      each((s) => fixed(s.macroF1)),
    ),
  ].join('\n');
}

/**
 * One document's figures and, for each field, what it missed and what it invented.
 *
 * @example
 * formatDocument(score)
 * // d05-marathon  macro-F1 0.62  publishedDate ok (null)
 * //   people  P 1.00 R 0.67 F1 0.80
 * //     missed: Andrew Pellow
 */
export function formatDocument(score: DocumentScore): string {
  const { predicted, gold } = score.publishedDate;
  const published =
    predicted === gold
      ? `ok (${gold ?? 'null'})`
      : `WRONG (got ${predicted ?? 'null'}, gold ${gold ?? 'null'})`;
  const lines = [`${score.id}  macro-F1 ${fixed(documentMacroF1(score))}  publishedDate ${published}`];
  for (const field of SCORED_FIELDS) {
    lines.push(...formatFieldDetail(field === 'quotes' ? 'quotes+speaker' : field, score.fields[field]));
  }
  lines.push(...formatFieldDetail('quote detection', score.quoteDetection, false));
  return lines.join('\n');
}

function formatFieldDetail(label: string, tally: FieldTally, withItems = true): string[] {
  const rates = ratesOf(tally);
  const lines = [
    `  ${label.padEnd(LABEL_WIDTH - 2)}P ${fixed(rates.precision)} R ${fixed(rates.recall)} F1 ${fixed(rates.f1)}`,
  ];
  if (!withItems) return lines;
  for (const item of tally.missed) lines.push(`      missed: ${item}`);
  for (const item of tally.spurious) lines.push(`      false+: ${item}`);
  return lines;
}

function formatRates(field: FieldSummary): string {
  const counts = `(${field.truePositives}/${field.falsePositives}/${field.falseNegatives})`;
  return `${fixed(field.precision)}  ${fixed(field.recall)}  ${fixed(field.f1)}  ${counts}`;
}

function formatShare(share: Share): string {
  return share.value === null ? '-' : `${fixed(share.value)}  (${share.correct}/${share.total})`;
}

function fixed(value: number): string {
  return value.toFixed(2);
}
