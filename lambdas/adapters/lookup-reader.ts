import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { CALENDAR_PK, CALENDAR_SK, DOCUMENT_SK, releasePk } from '../model/item-keys.ts';
import { DocumentItem, IndexItem, type IngestedDocument } from '../model/stored-items.ts';
import { LOOKUP_INDEX } from '../model/table-schema.ts';
import { mapLimited } from './map-limited.ts';

/** An index entry whose release is current: the entry's generation is the one the document names. */
export interface Hit {
  readonly index: IndexItem;
  readonly document: IngestedDocument;
}

export interface DateBounds {
  readonly from: string;
  readonly to: string;
}

export interface LookupReader {
  /**
   * Merges lookup partitions (each sorted by sort key) into up to `want` current hits with sort keys in
   * [low, high), highest first. `exhausted` when the partitions hold nothing more in the range.
   * `dates` filters on the entries' sort date (for keys not ordered by date).
   */
  collect(
    partitions: readonly string[],
    low: string,
    high: string,
    want: number,
    dates: DateBounds | undefined,
  ): Promise<{ hits: Hit[]; exhausted: boolean }>;
  /** The date range with open ends closed by the months the table holds; undefined when it holds none. */
  resolveRange(range: {
    readonly from?: string | undefined;
    readonly to?: string | undefined;
  }): Promise<DateBounds | undefined>;
}

/** Partition queries in flight at once. */
const QUERY_CONCURRENCY = 16;
/** DynamoDB's limit of keys per BatchGetItem call. */
const BATCH_GET_SIZE = 100;

/**
 * Reads the sparse lookup index: sharded partitions merged into one order, each entry checked against
 * its release's document so that a release being replaced (or deleted) never shows half-written.
 *
 * @example
 * const { collect } = createLookupReader(documentClient, 'pressline');
 * await collect(['ORG#un#2025-06'], '2025-06-01', '2025-06-30$', 20, undefined);
 */
export function createLookupReader(client: DynamoDBDocumentClient, tableName: string): LookupReader {
  /** Up to `want` index items of one lookup key with sort keys in [low, high), newest first. */
  const queryPartition = async (
    lookupPk: string,
    low: string,
    high: string,
    want: number,
    dates: { from: string; to: string } | undefined,
  ): Promise<{ items: IndexItem[]; truncated: boolean }> => {
    const items: IndexItem[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: LOOKUP_INDEX.indexName,
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
          ...(dates ? { FilterExpression: 'sortDate BETWEEN :from AND :to' } : {}),
          ExpressionAttributeNames: { '#pk': LOOKUP_INDEX.partitionKey, '#sk': LOOKUP_INDEX.sortKey },
          ExpressionAttributeValues: {
            ':pk': lookupPk,
            ':low': low,
            ':high': high,
            ...(dates ? { ':from': dates.from, ':to': dates.to } : {}),
          },
          ScanIndexForward: false,
          Limit: want + 1,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const raw of page.Items ?? []) {
        const item = IndexItem.parse(raw);
        if (item.lookupSk !== high) items.push(item);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined && items.length < want);
    const truncated = items.length > want || (startKey !== undefined && items.length > 0);
    return { items: items.slice(0, want), truncated };
  };

  /** The current documents of these releases, by id. */
  const readDocuments = async (ids: readonly string[]): Promise<Map<string, IngestedDocument>> => {
    const documents = new Map<string, IngestedDocument>();
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += BATCH_GET_SIZE) {
      let keys: Record<string, unknown>[] = unique
        .slice(start, start + BATCH_GET_SIZE)
        .map((id) => ({ pk: releasePk(id), sk: DOCUMENT_SK }));
      for (let attempt = 0; keys.length > 0; attempt++) {
        // Unprocessed keys mean the table is busy: back off before asking again.
        if (attempt > 0) await delay(Math.min(1000, 25 * 2 ** attempt));
        const response = await client.send(
          new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }),
        );
        for (const raw of response.Responses?.[tableName] ?? []) {
          const document = DocumentItem.parse(raw);
          if (document.status === 'ingested') documents.set(document.id, document);
        }
        keys = (response.UnprocessedKeys?.[tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return documents;
  };

  /**
   * Merges sorted lookup partitions into one page of current releases. An index item counts only when
   * its generation is the one its release's document names: a release being replaced (or deleted)
   * never shows half-written.
   */
  const collect: LookupReader['collect'] = async (
    partitions: readonly string[],
    low: string,
    initialHigh: string,
    want: number,
    dates: { from: string; to: string } | undefined,
  ): Promise<{ hits: Hit[]; exhausted: boolean }> => {
    const hits: Hit[] = [];
    let high = initialHigh;
    for (;;) {
      const need = want - hits.length;
      const fetched = await mapLimited(partitions, QUERY_CONCURRENCY, (pk) =>
        queryPartition(pk, low, high, need, dates),
      );
      // Items below the last key of a truncated partition may still be missing: stop the merge there.
      const boundaries = fetched.filter((f) => f.truncated).map((f) => f.items.at(-1)?.lookupSk ?? high);
      const boundary = boundaries.length === 0 ? undefined : boundaries.sort().at(-1);
      const merged = fetched
        .flatMap((f) => f.items)
        .filter((item) => boundary === undefined || item.lookupSk >= boundary)
        .sort((a, b) => (a.lookupSk < b.lookupSk ? 1 : a.lookupSk > b.lookupSk ? -1 : 0));
      const documents = await readDocuments(merged.map((item) => item.id));
      for (const index of merged) {
        const document = documents.get(index.id);
        if (document?.generation !== index.generation) continue;
        hits.push({ index, document });
        if (hits.length === want) return { hits, exhausted: false };
      }
      if (boundary === undefined) return { hits, exhausted: true };
      high = boundary;
    }
  };

  /** The date range with open ends closed by the months the table holds; undefined when it holds none. */
  const resolveRange: LookupReader['resolveRange'] = async (range) => {
    if (range.from !== undefined && range.to !== undefined) return { from: range.from, to: range.to };
    const response = await client.send(
      new GetCommand({ TableName: tableName, Key: { pk: CALENDAR_PK, sk: CALENDAR_SK } }),
    );
    const months = [...((response.Item?.months as Set<string> | undefined) ?? [])].sort();
    const first = months[0];
    const last = months.at(-1);
    if (first === undefined || last === undefined) return undefined;
    return { from: range.from ?? `${first}-01`, to: range.to ?? `${last}-31` };
  };

  return { collect, resolveRange };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
