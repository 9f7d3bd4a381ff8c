import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  DOCUMENT_SK,
  type EntityLookup,
  entityLookupKey,
  GLOBAL_SHARDS,
  type GlobalLookup,
  generationPrefix,
  globalLookupKey,
  monthOf,
  normalizeName,
  padCount,
  releasePk,
} from '../model/item-keys.ts';
import type { AttendanceQualifier, ErrorCode, Quote } from '../model/press-record.ts';
import {
  ABOVE_EVERY_COUNT,
  decodeCursor,
  encodeCursor,
  monthsDescending,
  pageSizeOf,
  upperBoundOfDay,
} from '../model/query-plan.ts';
import { DocumentItem, type IngestedDocument, PartItem, QuoteItem } from '../model/stored-items.ts';
import { StoredRecordError } from '../model/stored-record-error.ts';
import { assembleQuotes, type StoredRelease, toStoredRelease } from '../model/stored-release.ts';
import { createLookupReader, type Hit } from './lookup-reader.ts';
import { mapLimited } from './map-limited.ts';

export interface DateRange {
  /** `YYYY-MM-DD`, inclusive; omitted: the oldest month the table holds. */
  readonly from?: string | undefined;
  /** `YYYY-MM-DD`, inclusive; omitted: the newest month the table holds. */
  readonly to?: string | undefined;
}

export interface PageRequest {
  readonly limit?: number | undefined;
  /** The `cursor` of the previous page. */
  readonly cursor?: string | undefined;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass back for the next page; null on the last page. */
  readonly cursor: string | null;
}

/** A release in a list: enough to show it and fetch it by id. */
export interface ReleaseSummary {
  readonly id: string;
  readonly source: string;
  readonly publishedDate: string | null;
  readonly sortDate: string;
  readonly extractorVersion: string;
  readonly ingestedAt: string;
  /** The name that matched, as the release writes it (entity lookups). */
  readonly matched?: string;
}

export interface AttendanceSummary extends ReleaseSummary {
  readonly attendance: {
    readonly count: number;
    readonly qualifier: AttendanceQualifier;
    readonly text: string;
  };
}

export interface SpeakerQuotes extends ReleaseSummary {
  readonly quotes: readonly Quote[];
}

/** What the table says about one object key. */
export type ReleaseLookup =
  | { readonly status: 'ingested'; readonly release: StoredRelease }
  | {
      readonly status: 'rejected';
      readonly id: string;
      readonly ingestedAt: string;
      readonly error: { readonly code: ErrorCode; readonly message: string };
    };

export type AttendanceRange = DateRange & { readonly minCount?: number | undefined };

/** Every query pattern of ARCHITECTURE.md; lists are newest first (attendance: largest first). */
export interface ReleaseQueries {
  /** One release with all its quotes; undefined when the key has no record (or was deleted). */
  getRelease(id: string): Promise<ReleaseLookup | undefined>;
  listByOrganization(name: string, range: DateRange, page: PageRequest): Promise<Page<ReleaseSummary>>;
  listByPerson(name: string, range: DateRange, page: PageRequest): Promise<Page<ReleaseSummary>>;
  listQuotesBySpeaker(name: string, range: DateRange, page: PageRequest): Promise<Page<SpeakerQuotes>>;
  listByDate(range: DateRange, page: PageRequest): Promise<Page<ReleaseSummary>>;
  listByAttendance(range: AttendanceRange, page: PageRequest): Promise<Page<AttendanceSummary>>;
}

/** Months queried at once when walking back through a date range. */
const MONTHS_PER_STEP = 6;
/** Reads of one release before a record that keeps changing under the reader is reported as an error. */
const MAX_READ_ATTEMPTS = 3;
/** Releases whose quotes are read at once for a page of speaker results. */
const QUOTE_READ_CONCURRENCY = 8;

export function createReleaseQueries(client: DynamoDBDocumentClient, tableName: string): ReleaseQueries {
  const { collect, resolveRange } = createLookupReader(client, tableName);

  /** Newest-first lists: walks back month by month (several at a time) until the page is full. */
  const listByDateOrder = async (
    partitionsOf: (month: string) => string[],
    range: DateRange,
    page: PageRequest,
  ): Promise<{ hits: Hit[]; cursor: string | null }> => {
    const want = pageSizeOf(page.limit);
    const bounds = await resolveRange(range);
    if (bounds === undefined || bounds.from > bounds.to) return { hits: [], cursor: null };
    const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
    const high = after ?? upperBoundOfDay(bounds.to);
    const topMonth = after === undefined ? monthOf(bounds.to) : monthOf(after);
    const months = monthsDescending(monthOf(bounds.from), topMonth);
    const hits: Hit[] = [];
    for (let start = 0; start < months.length; start += MONTHS_PER_STEP) {
      const partitions = months.slice(start, start + MONTHS_PER_STEP).flatMap(partitionsOf);
      const step = await collect(partitions, bounds.from, high, want - hits.length, undefined);
      hits.push(...step.hits);
      if (hits.length === want) {
        const last = hits.at(-1)?.index.lookupSk ?? high;
        const more = !(step.exhausted && start + MONTHS_PER_STEP >= months.length);
        return { hits, cursor: more ? encodeCursor(last) : null };
      }
    }
    return { hits, cursor: null };
  };

  const entityPartitions = (kind: EntityLookup, name: string) => {
    const normalized = normalizeName(name);
    return (month: string) => (normalized === '' ? [] : [entityLookupKey(kind, normalized, month)]);
  };
  const globalPartitions = (kind: GlobalLookup) => (month: string) =>
    Array.from({ length: GLOBAL_SHARDS }, (_, shard) => globalLookupKey(kind, month, shard));

  const listEntity = async (kind: EntityLookup, name: string, range: DateRange, page: PageRequest) => {
    const { hits, cursor } = await listByDateOrder(entityPartitions(kind, name), range, page);
    return { items: hits.map((hit) => summaryOf(hit)), cursor };
  };

  const readQuotes = async (document: IngestedDocument): Promise<QuoteItem[]> => {
    const items = await readGenerationItems(client, tableName, document, 'Q#');
    return items.filter((item): item is QuoteItem => item.kind === 'quote');
  };

  return {
    async getRelease(id) {
      // A replacement may commit and sweep the generation being read: read again from the new document.
      for (let attempt = 1; ; attempt++) {
        const response = await client.send(
          new GetCommand({
            TableName: tableName,
            Key: { pk: releasePk(id), sk: DOCUMENT_SK },
            ConsistentRead: true,
          }),
        );
        if (response.Item === undefined) return undefined;
        const document = DocumentItem.parse(response.Item);
        if (document.status === 'deleted') return undefined;
        if (document.status === 'rejected') {
          return {
            status: 'rejected',
            id: document.id,
            ingestedAt: document.ingestedAt,
            error: document.error,
          };
        }
        const items = await readGenerationItems(client, tableName, document, '');
        try {
          return { status: 'ingested', release: toStoredRelease(document, items) };
        } catch (error) {
          if (!(error instanceof StoredRecordError) || attempt >= MAX_READ_ATTEMPTS) throw error;
        }
      }
    },

    listByOrganization: (name, range, page) => listEntity('ORG', name, range, page),
    listByPerson: (name, range, page) => listEntity('PER', name, range, page),

    async listQuotesBySpeaker(name, range, page) {
      const { hits, cursor } = await listByDateOrder(entityPartitions('SPK', name), range, page);
      const items = await mapLimited(hits, QUOTE_READ_CONCURRENCY, async (hit) => {
        const speakers = new Set(hit.index.speakers ?? []);
        const quotes = assembleQuotes(await readQuotes(hit.document)).filter(
          (quote) => quote.speaker !== null && speakers.has(quote.speaker),
        );
        return { ...summaryOf(hit), quotes };
      });
      return { items, cursor };
    },

    async listByDate(range, page) {
      const { hits, cursor } = await listByDateOrder(globalPartitions('DATE'), range, page);
      return { items: hits.map((hit) => summaryOf(hit)), cursor };
    },

    async listByAttendance(range, page) {
      const want = pageSizeOf(page.limit);
      const bounds = await resolveRange(range);
      if (bounds === undefined || bounds.from > bounds.to) return { items: [], cursor: null };
      const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
      const partitions = monthsDescending(monthOf(bounds.from), monthOf(bounds.to)).flatMap(
        globalPartitions('ATT'),
      );
      const low = padCount(range.minCount ?? 1);
      const { hits, exhausted } = await collect(partitions, low, after ?? ABOVE_EVERY_COUNT, want, bounds);
      const items = hits.map((hit) => ({
        ...summaryOf(hit),
        attendance: {
          count: hit.index.count ?? 0,
          qualifier: hit.index.qualifier ?? 'exact',
          text: hit.index.text ?? '',
        },
      }));
      const last = hits.at(-1)?.index.lookupSk;
      return { items, cursor: exhausted || last === undefined ? null : encodeCursor(last) };
    },
  };
}

/** The items of a document's generation whose sort keys continue its prefix with `within`. */
async function readGenerationItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  document: IngestedDocument,
  within: string,
): Promise<(PartItem | QuoteItem)[]> {
  const items: (PartItem | QuoteItem)[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': releasePk(document.id),
          ':prefix': `${generationPrefix(document.generation)}${within}`,
        },
        // The items were written just before the document that names them: read them as of now.
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const raw of page.Items ?? []) {
      if (raw.kind === 'part') items.push(PartItem.parse(raw));
      else if (raw.kind === 'quote') items.push(QuoteItem.parse(raw));
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
}

function summaryOf(hit: Hit): ReleaseSummary {
  const { document, index } = hit;
  return {
    id: document.id,
    source: document.source,
    publishedDate: document.publishedDate,
    sortDate: document.sortDate,
    extractorVersion: document.extractorVersion,
    ingestedAt: document.ingestedAt,
    ...(index.name === undefined ? {} : { matched: index.name }),
  };
}
