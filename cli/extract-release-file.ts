import { extract } from '../lambdas/core/extract.ts';
import type { ExtractOptions } from '../lambdas/core/types.ts';
import { type ExtractionError, PressRecord } from '../lambdas/model/press-record.ts';
import { InvalidRecordError } from './invalid-record-error.ts';
import { readReleaseFile } from './read-release-file.ts';

/** What one input file gives: its record, or why it could not be processed. */
export type ExtractOutcome = PressRecord | ExtractionError;

/**
 * Reads one release file and extracts its record, validated against the PressRecord schema. Input
 * problems (missing, empty, binary, …) come back as an `ExtractionError` value; a record that fails
 * validation is a bug in the extractor and throws `InvalidRecordError` with the zod issues as cause.
 *
 * @example
 * await extractReleaseFile('samples/festival.txt') // { source: 'samples/festival.txt', publishedDate: … }
 * await extractReleaseFile('nope.txt') // { source: 'nope.txt', error: { code: 'not-found', … } }
 */
export async function extractReleaseFile(
  path: string,
  options: Omit<ExtractOptions, 'source'> = {},
): Promise<ExtractOutcome> {
  const read = await readReleaseFile(path);
  if (!read.ok) return { source: path, error: { code: read.code, message: read.message } };
  const record = extract(read.text, { ...options, source: path });
  const checked = PressRecord.safeParse(record);
  if (!checked.success) throw new InvalidRecordError(path, { cause: checked.error });
  return checked.data;
}

/** Tells a record from an error outcome. */
export function isExtractionError(outcome: ExtractOutcome): outcome is ExtractionError {
  return 'error' in outcome;
}
