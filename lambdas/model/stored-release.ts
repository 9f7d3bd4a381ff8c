import { PressRecord, type Quote } from './press-record.ts';
import type { IngestedDocument, PartItem, QuoteItem } from './stored-items.ts';
import { StoredRecordError } from './stored-record-error.ts';

/** A release as the queries return it: its record and where and how it was made. */
export interface StoredRelease {
  readonly id: string;
  readonly bucket: string;
  readonly key: string;
  readonly versionId: string | null;
  readonly sha256: string;
  readonly extractorVersion: string;
  readonly ingestedAt: string;
  readonly sortDate: string;
  readonly record: PressRecord;
}

/**
 * Puts a record back together from its document, parts and quote items (of the document's
 * generation). Throws StoredRecordError when the pieces do not make a valid record.
 *
 * @example
 * toStoredRelease(document, [...parts, ...quotes]).record.quotes.length // document.quoteCount
 */
export function toStoredRelease(
  document: IngestedDocument,
  items: readonly (PartItem | QuoteItem)[],
): StoredRelease {
  const parts = items
    .filter((item): item is PartItem => item.kind === 'part')
    .sort((a, b) => a.chunk - b.chunk);
  if (parts.length !== document.partCount) {
    throw new StoredRecordError(`${document.id}: ${parts.length} of ${document.partCount} parts found`);
  }
  let body: unknown;
  try {
    body = JSON.parse(parts.map((part) => part.data).join(''));
  } catch (error) {
    throw new StoredRecordError(`${document.id}: the stored record is not JSON`, { cause: error });
  }
  const quotes = assembleQuotes(items.filter((item): item is QuoteItem => item.kind === 'quote'));
  if (quotes.length !== document.quoteCount) {
    throw new StoredRecordError(`${document.id}: ${quotes.length} of ${document.quoteCount} quotes found`);
  }
  const parsed = PressRecord.safeParse({ ...(body as object), quotes });
  if (!parsed.success) {
    throw new StoredRecordError(`${document.id}: the stored record is invalid`, { cause: parsed.error });
  }
  return {
    id: document.id,
    bucket: document.bucket,
    key: document.key,
    versionId: document.versionId,
    sha256: document.sha256,
    extractorVersion: document.extractorVersion,
    ingestedAt: document.ingestedAt,
    sortDate: document.sortDate,
    record: parsed.data,
  };
}

/**
 * Joins the pieces of each quote (a long quote spans several items), in quote order.
 *
 * @example
 * assembleQuotes([{ quote: 0, chunk: 1, text: 'b', … }, { quote: 0, chunk: 0, text: 'a', … }])[0].text // 'ab'
 */
export function assembleQuotes(items: readonly QuoteItem[]): Quote[] {
  const byQuote = new Map<number, QuoteItem[]>();
  for (const item of items) byQuote.set(item.quote, [...(byQuote.get(item.quote) ?? []), item]);
  return [...byQuote]
    .sort(([a], [b]) => a - b)
    .map(([, pieces]) => {
      const ordered = pieces.sort((a, b) => a.chunk - b.chunk);
      const first = ordered[0] as QuoteItem;
      return {
        speaker: first.speaker,
        text: ordered.map((piece) => piece.text).join(''),
        type: first.type,
      };
    });
}
