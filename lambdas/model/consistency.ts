import { CALENDAR_PK, DOCUMENT_SK, monthOf } from './item-keys.ts';
import { releaseIdOf } from './release-items.ts';

/**
 * What `pressline verify` compares: the bucket's objects against the table's items, as plain values.
 * Pure: the adapters list and scan, this module decides what is wrong.
 *
 * What can be checked, and what cannot: a listing gives each object's key, size, ETag and
 * LastModified; the record holds the size, SHA-256, version id, S3 sequencer and time of processing.
 * The sequencer exists only in event notifications and the version id only in version listings, and
 * the ETag is not a SHA-256 (an MD5, or a hash of part hashes), so a record is checked against its
 * object by size, by time (an object written after the record was made is newer than the record) and,
 * when the objects were read and hashed (`withChecksums`), by SHA-256.
 */

/** One object of the bucket (its latest version). */
export interface BucketObject {
  readonly key: string;
  readonly size: number;
  /** ISO 8601; S3 listings have second precision. */
  readonly lastModified: string;
  /** Hex SHA-256 of the bytes, when the objects were read to check it. */
  readonly sha256?: string;
}

/** The fields of a document item the comparison reads. */
export interface DocumentSummary {
  readonly id: string;
  readonly key: string;
  readonly status: 'ingested' | 'rejected' | 'deleted';
  readonly generation: string;
  readonly ingestedAt: string;
  readonly size: number | null;
  readonly sha256: string | null;
  /** Ingested documents only. */
  readonly partCount?: number;
  readonly quoteCount?: number;
  readonly sortDate?: string;
}

/** The fields of a generation item (part, quote, lookup entry) the comparison reads. */
export interface GenerationItemSummary {
  readonly id: string;
  readonly sk: string;
  readonly kind: 'part' | 'quote' | 'index';
  readonly generation: string;
  /** Quote items: which quote of the record. */
  readonly quote?: number;
  /** Lookup entries. */
  readonly lookupPk?: string;
  readonly lookupSk?: string;
}

export interface TableContents {
  readonly documents: readonly DocumentSummary[];
  readonly items: readonly GenerationItemSummary[];
  /** Months of the calendar item (open-ended queries stop at the months it lists). */
  readonly months: readonly string[];
}

export type OrphanReason = 'no document' | 'document not ingested' | 'not the current generation';

export type Finding =
  /** An object with neither a record nor a rejected status (no document, or a deleted one). */
  | { readonly kind: 'object-without-record'; readonly key: string; readonly detail: string }
  /** A record or rejected status whose object is gone. */
  | { readonly kind: 'record-without-object'; readonly id: string; readonly status: 'ingested' | 'rejected' }
  /** A record made from something other than the object now in the bucket. */
  | { readonly kind: 'stale-record'; readonly id: string; readonly reasons: readonly string[] }
  /** A record whose current generation lacks parts or quotes the document counts. */
  | { readonly kind: 'incomplete-record'; readonly id: string; readonly detail: string }
  /** Items of one generation that no reader will ever see (grouped per release and generation). */
  | {
      readonly kind: 'orphan-items';
      readonly id: string;
      readonly generation: string;
      readonly reason: OrphanReason;
      readonly counts: Readonly<Record<GenerationItemSummary['kind'], number>>;
    }
  /** One lookup key and sort key written by more than one item: a list would show the release twice. */
  | {
      readonly kind: 'duplicate-lookup';
      readonly lookupPk: string;
      readonly lookupSk: string;
      readonly count: number;
    }
  /** A month with records that the calendar item does not list: open-ended queries would miss them. */
  | { readonly kind: 'calendar-gap'; readonly month: string; readonly records: number };

export type FindingKind = Finding['kind'];

export interface ConsistencyReport {
  readonly objects: number;
  readonly documents: Readonly<Record<DocumentSummary['status'], number>>;
  readonly generationItems: number;
  readonly findings: readonly Finding[];
}

/**
 * Compares the bucket's objects with the table's items and lists every inconsistency: objects with no
 * record or status, records with no object, stale records, incomplete records, orphan items, duplicate
 * lookup entries and months missing from the calendar. Meaningful on a quiet pipeline: an ingestion in
 * flight writes its items before its document, and they look orphaned until it commits.
 *
 * @example
 * const report = compareBucketWithTable(objects, { documents, items, months });
 * report.findings // [] when every object is accounted for
 */
export function compareBucketWithTable(
  objects: readonly BucketObject[],
  table: TableContents,
): ConsistencyReport {
  const documentsById = new Map(table.documents.map((document) => [document.id, document]));
  const objectKeys = new Set(objects.map((object) => object.key));
  const findings: Finding[] = [
    ...objects.flatMap((object) => checkObject(object, documentsById.get(releaseIdOf(object.key)))),
    ...table.documents.flatMap((document) => checkDocumentHasObject(document, objectKeys)),
    ...checkGenerations(table, documentsById),
    ...checkDuplicateLookups(table.items),
    ...checkCalendar(table),
  ];
  const documents = { ingested: 0, rejected: 0, deleted: 0 };
  for (const document of table.documents) documents[document.status] += 1;
  return { objects: objects.length, documents, generationItems: table.items.length, findings };
}

/**
 * Whether a table item is a release's document, one of its generation items, or neither (the
 * calendar), from its keys alone.
 *
 * @example
 * itemRoleOf('REL#incoming/a.txt', 'DOC') // 'document'
 */
export function itemRoleOf(pk: string, sk: string): 'document' | 'generation' | 'calendar' | 'unknown' {
  if (pk === CALENDAR_PK) return 'calendar';
  if (!pk.startsWith('REL#')) return 'unknown';
  if (sk === DOCUMENT_SK) return 'document';
  return sk.startsWith('G#') ? 'generation' : 'unknown';
}

function checkObject(object: BucketObject, document: DocumentSummary | undefined): Finding[] {
  if (document === undefined)
    return [{ kind: 'object-without-record', key: object.key, detail: 'no document' }];
  if (document.status === 'deleted') {
    return [{ kind: 'object-without-record', key: object.key, detail: 'the document says deleted' }];
  }
  const reasons: string[] = [];
  if (document.size !== null && document.size !== object.size) {
    reasons.push(`size ${document.size} in the table, ${object.size} in the bucket`);
  }
  // Listings truncate to the second: compare at that precision, so a record made within the second of
  // its upload is not called stale; an object written after its record was made is newer than it.
  const written = Math.floor(Date.parse(object.lastModified) / 1000) * 1000;
  if (written > Date.parse(document.ingestedAt)) {
    reasons.push(`object written ${object.lastModified}, after the record was made ${document.ingestedAt}`);
  }
  if (object.sha256 !== undefined && document.sha256 !== null && document.sha256 !== object.sha256) {
    reasons.push('SHA-256 differs');
  }
  return reasons.length === 0 ? [] : [{ kind: 'stale-record', id: document.id, reasons }];
}

function checkDocumentHasObject(document: DocumentSummary, objectKeys: ReadonlySet<string>): Finding[] {
  if (document.status === 'deleted' || objectKeys.has(document.key)) return [];
  return [{ kind: 'record-without-object', id: document.id, status: document.status }];
}

function checkGenerations(
  table: TableContents,
  documentsById: ReadonlyMap<string, DocumentSummary>,
): Finding[] {
  const groups = new Map<string, { id: string; generation: string; items: GenerationItemSummary[] }>();
  for (const item of table.items) {
    const groupKey = `${item.id}\u0000${item.generation}`;
    const group = groups.get(groupKey) ?? { id: item.id, generation: item.generation, items: [] };
    group.items.push(item);
    groups.set(groupKey, group);
  }
  const findings: Finding[] = [];
  for (const { id, generation, items } of groups.values()) {
    const document = documentsById.get(id);
    const reason: OrphanReason | undefined =
      document === undefined
        ? 'no document'
        : document.status !== 'ingested'
          ? 'document not ingested'
          : document.generation !== generation
            ? 'not the current generation'
            : undefined;
    if (reason !== undefined) {
      findings.push({ kind: 'orphan-items', id, generation, reason, counts: countKinds(items) });
    }
  }
  for (const document of table.documents) {
    if (document.status !== 'ingested') continue;
    const current = groups.get(`${document.id}\u0000${document.generation}`)?.items ?? [];
    const detail = describeMissing(document, current);
    if (detail !== undefined) findings.push({ kind: 'incomplete-record', id: document.id, detail });
  }
  return findings;
}

function describeMissing(
  document: DocumentSummary,
  items: readonly GenerationItemSummary[],
): string | undefined {
  const parts = items.filter((item) => item.kind === 'part').length;
  const quotes = new Set(items.filter((item) => item.kind === 'quote').map((item) => item.quote)).size;
  const missing: string[] = [];
  if (document.partCount !== undefined && parts !== document.partCount) {
    missing.push(`${parts} of ${document.partCount} parts`);
  }
  if (document.quoteCount !== undefined && quotes !== document.quoteCount) {
    missing.push(`${quotes} of ${document.quoteCount} quotes`);
  }
  if (!items.some((item) => item.kind === 'index' && item.lookupPk?.startsWith('DATE#'))) {
    missing.push('no date lookup entry');
  }
  return missing.length === 0 ? undefined : missing.join(', ');
}

function countKinds(items: readonly GenerationItemSummary[]): Record<GenerationItemSummary['kind'], number> {
  const counts = { part: 0, quote: 0, index: 0 };
  for (const item of items) counts[item.kind] += 1;
  return counts;
}

function checkDuplicateLookups(items: readonly GenerationItemSummary[]): Finding[] {
  const counts = new Map<string, { lookupPk: string; lookupSk: string; count: number }>();
  for (const item of items) {
    if (item.kind !== 'index' || item.lookupPk === undefined || item.lookupSk === undefined) continue;
    const key = `${item.lookupPk}\u0000${item.lookupSk}`;
    const entry = counts.get(key) ?? { lookupPk: item.lookupPk, lookupSk: item.lookupSk, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .filter((entry) => entry.count > 1)
    .map((entry) => ({ kind: 'duplicate-lookup' as const, ...entry }));
}

function checkCalendar(table: TableContents): Finding[] {
  const listed = new Set(table.months);
  const missing = new Map<string, number>();
  for (const document of table.documents) {
    if (document.status !== 'ingested' || document.sortDate === undefined) continue;
    const month = monthOf(document.sortDate);
    if (!listed.has(month)) missing.set(month, (missing.get(month) ?? 0) + 1);
  }
  return [...missing].map(([month, records]) => ({ kind: 'calendar-gap' as const, month, records }));
}

/**
 * One line of text per finding, for people.
 *
 * @example
 * describeFinding({ kind: 'record-without-object', id: 'incoming/a.txt', status: 'ingested' })
 * // 'record without object: incoming/a.txt (ingested)'
 */
export function describeFinding(finding: Finding): string {
  switch (finding.kind) {
    case 'object-without-record':
      return `object without record: ${finding.key} (${finding.detail})`;
    case 'record-without-object':
      return `record without object: ${finding.id} (${finding.status})`;
    case 'stale-record':
      return `stale record: ${finding.id} (${finding.reasons.join('; ')})`;
    case 'incomplete-record':
      return `incomplete record: ${finding.id} (${finding.detail})`;
    case 'orphan-items': {
      const { part, quote, index } = finding.counts;
      return `orphan items: ${finding.id} generation ${finding.generation} (${finding.reason}; ${part} parts, ${quote} quotes, ${index} lookup entries)`;
    }
    case 'duplicate-lookup':
      return `duplicate lookup entry: ${finding.lookupPk} ${finding.lookupSk} (${finding.count} items)`;
    case 'calendar-gap':
      return `calendar gap: ${finding.month} not listed (${finding.records} records)`;
  }
}
