import { PressRecord } from '../model/press-record.ts';
import { extract } from './extract.ts';

/**
 * The text a quote or attendance item must be found in: whitespace runs as one space, every quotation
 * mark style as one, invisible marks (BOM, zero-width, bidi) dropped, as release-text normalization does.
 */
function fold(text: string): string {
  return text
    .replace(/[\uFEFF\u200B-\u200F]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g, '"')
    .replace(/\s+/g, ' ');
}

/**
 * Checks the promises of `extract` for one input (returns, validates, quotes and counts come from the
 * text) and throws an Error saying which one broke; shared by the property tests.
 */
export function checkExtractInvariants(text: string): PressRecord {
  const record = extract(text, { source: 'property.txt' });
  const parsed = PressRecord.safeParse(record);
  if (!parsed.success) throw new Error(`invalid record: ${parsed.error.message}`);
  const haystack = fold(text);
  for (const quote of record.quotes) {
    if (!haystack.includes(fold(quote.text).trim())) throw new Error(`quote not in input: ${quote.text}`);
  }
  for (const attendance of record.attendance) {
    if (!haystack.includes(fold(attendance.text).trim())) {
      throw new Error(`attendance text not in input: ${attendance.text}`);
    }
  }
  return record;
}
