import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import {
  type DocumentSummary,
  type GenerationItemSummary,
  itemRoleOf,
  type TableContents,
} from '../model/consistency.ts';
import { StoredRecordError } from '../model/stored-record-error.ts';

/** Scan segments read at once: a full-table read in a fraction of the time of one sequential scan. */
const SCAN_SEGMENTS = 4;

// Only what the comparison reads: a scan of every item moves a fraction of the bytes.
const PROJECTION = [
  'pk',
  'sk',
  'id',
  '#key',
  'kind',
  '#status',
  'generation',
  'ingestedAt',
  '#size',
  'sha256',
  'partCount',
  'quoteCount',
  'sortDate',
  'quote',
  'lookupPk',
  'lookupSk',
  'months',
].join(', ');
const NAMES = { '#key': 'key', '#status': 'status', '#size': 'size' };

const DocumentFields = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  status: z.enum(['ingested', 'rejected', 'deleted']),
  generation: z.string().min(1),
  ingestedAt: z.string().min(1),
  size: z.number().nullish(),
  sha256: z.string().nullish(),
  partCount: z.number().optional(),
  quoteCount: z.number().optional(),
  sortDate: z.string().optional(),
});

const GenerationFields = z.object({
  id: z.string().min(1),
  sk: z.string().min(1),
  kind: z.enum(['part', 'quote', 'index']),
  generation: z.string().min(1),
  quote: z.number().optional(),
  lookupPk: z.string().optional(),
  lookupSk: z.string().optional(),
});

/**
 * Reads every item of the table (a parallel scan, strongly consistent) into what the comparison needs:
 * documents, generation items and the calendar's months. An item that is none of these, or lacks the
 * fields of its kind, throws: the table holds something the model does not know.
 *
 * @example
 * const contents = await scanTableContents(documents, 'pressline-records');
 * contents.documents.length // releases accounted for
 */
export async function scanTableContents(
  client: DynamoDBDocumentClient,
  table: string,
): Promise<TableContents> {
  const documents: DocumentSummary[] = [];
  const items: GenerationItemSummary[] = [];
  const months: string[] = [];
  const readSegment = async (segment: number) => {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: table,
          Segment: segment,
          TotalSegments: SCAN_SEGMENTS,
          ProjectionExpression: PROJECTION,
          ExpressionAttributeNames: NAMES,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const role = itemRoleOf(String(item.pk), String(item.sk));
        if (role === 'document') documents.push(toDocumentSummary(DocumentFields.parse(item)));
        else if (role === 'generation') items.push(toGenerationSummary(GenerationFields.parse(item)));
        else if (role === 'calendar') months.push(...monthsOf(item.months));
        else
          throw new StoredRecordError(
            `unknown item in ${table}: pk ${String(item.pk)}, sk ${String(item.sk)}`,
          );
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
  };
  await Promise.all(Array.from({ length: SCAN_SEGMENTS }, (_, segment) => readSegment(segment)));
  return { documents, items, months };
}

function toDocumentSummary(fields: z.infer<typeof DocumentFields>): DocumentSummary {
  const { size, sha256, partCount, quoteCount, sortDate, ...rest } = fields;
  return {
    ...rest,
    size: size ?? null,
    sha256: sha256 ?? null,
    ...(partCount === undefined ? {} : { partCount }),
    ...(quoteCount === undefined ? {} : { quoteCount }),
    ...(sortDate === undefined ? {} : { sortDate }),
  };
}

function toGenerationSummary(fields: z.infer<typeof GenerationFields>): GenerationItemSummary {
  const { quote, lookupPk, lookupSk, ...rest } = fields;
  return {
    ...rest,
    ...(quote === undefined ? {} : { quote }),
    ...(lookupPk === undefined ? {} : { lookupPk }),
    ...(lookupSk === undefined ? {} : { lookupSk }),
  };
}

/** The document client reads a string set as a Set. */
function monthsOf(value: unknown): string[] {
  if (value instanceof Set) return [...value].map(String);
  return Array.isArray(value) ? value.map(String) : [];
}
