import { chunkText } from './chunk-text.ts';
import {
  attendanceSortKey,
  DOCUMENT_SK,
  dateSortKey,
  type EntityLookup,
  entityLookupKey,
  GLOBAL_SHARDS,
  generationPrefix,
  globalLookupKey,
  monthOf,
  normalizeName,
  releasePk,
  shardOf,
} from './item-keys.ts';
import type { ErrorCode, PressRecord } from './press-record.ts';
import type {
  DeletedDocument,
  GenerationItem,
  IndexItem,
  IngestedDocument,
  PartItem,
  QuoteItem,
  RejectedDocument,
} from './stored-items.ts';

/** One processing of one S3 event for one object. */
export interface ProcessingStamp {
  readonly bucket: string;
  readonly key: string;
  readonly versionId: string | null;
  /** Normalized (see `normalizeSequencer`). */
  readonly sequencer: string;
  readonly generation: string;
  /** ISO 8601 time of processing. */
  readonly ingestedAt: string;
}

export interface IngestedObject extends ProcessingStamp {
  readonly sha256: string;
  readonly size: number;
  readonly extractorVersion: string;
  /** `YYYY-MM-DD` the object was uploaded: the sort date of a release that states no date. */
  readonly uploadedDate: string;
}

export interface ReleaseItems {
  /** Written last, conditionally: it makes the generation visible. */
  readonly document: IngestedDocument;
  readonly items: readonly GenerationItem[];
}

/** Names longer than this are not names (a run-on extraction); they get no lookup key. */
const MAX_LOOKUP_NAME_LENGTH = 200;

/** Attendance text kept on the index item: enough to show in a list. */
const MAX_INDEX_TEXT_LENGTH = 300;

/**
 * The release id: its object key, which names one release in the bucket.
 *
 * @example
 * releaseIdOf('incoming/a.txt') // 'incoming/a.txt'
 */
export function releaseIdOf(key: string): string {
  return key;
}

/**
 * Maps a record to the items that store it: the document, the record's JSON in parts, one item per
 * quote (or piece of a long quote), and one lookup index item per organization name, person name,
 * speaker name, plus the date and attendance entries. Pure.
 *
 * @example
 * const { document, items } = toReleaseItems(record, stamp);
 * document.sk // 'DOC'; items all share the sort key prefix of `stamp.generation`
 */
export function toReleaseItems(record: PressRecord, object: IngestedObject): ReleaseItems {
  const id = releaseIdOf(object.key);
  const pk = releasePk(id);
  const prefix = generationPrefix(object.generation);
  const base = { pk, id, generation: object.generation };
  const sortDate = record.publishedDate ?? object.uploadedDate;
  const { quotes, ...body } = record;

  const parts: PartItem[] = chunkText(JSON.stringify(body)).map((data, chunk) => ({
    ...base,
    sk: `${prefix}PART#${pad(chunk, 4)}`,
    kind: 'part',
    chunk,
    data,
  }));
  const quoteItems: QuoteItem[] = quotes.flatMap((quote, index) =>
    chunkText(quote.text).map((text, chunk) => ({
      ...base,
      sk: `${prefix}Q#${pad(index, 5)}#${pad(chunk, 3)}`,
      kind: 'quote' as const,
      quote: index,
      chunk,
      speaker: quote.speaker,
      type: quote.type,
      text,
    })),
  );
  const lookup = { ...base, kind: 'index' as const, sortDate, prefix };
  const indexItems = [
    ...entityIndexItems(lookup, 'ORG', record.organizations.map(namesOf)),
    ...entityIndexItems(lookup, 'PER', record.people.map(namesOf)),
    ...speakerIndexItems(lookup, record),
    ...globalIndexItems(lookup, record),
  ];
  const document: IngestedDocument = {
    ...documentBase(object),
    status: 'ingested',
    sha256: object.sha256,
    extractorVersion: object.extractorVersion,
    size: object.size,
    source: record.source,
    publishedDate: record.publishedDate,
    sortDate,
    partCount: parts.length,
    quoteCount: quotes.length,
  };
  return { document, items: [...parts, ...quoteItems, ...indexItems] };
}

/**
 * The document of an object that could not be read as a release: it accounts for the object and says why.
 *
 * @example
 * toRejectedDocument(stamp, { code: 'binary', message: 'the file is a PNG image, not text' }, details).status
 * // 'rejected'
 */
export function toRejectedDocument(
  object: ProcessingStamp,
  error: { readonly code: ErrorCode; readonly message: string },
  details: {
    readonly extractorVersion: string;
    readonly sha256: string | null;
    readonly size: number | null;
  },
): RejectedDocument {
  return {
    ...documentBase(object),
    status: 'rejected',
    ...details,
    error: { code: error.code, message: error.message },
  };
}

/**
 * The document a delete leaves behind (a tombstone): the record is gone, the delete's sequencer stays
 * so that an older create arriving late cannot bring the record back.
 *
 * @example
 * toDeletedDocument(stamp).status // 'deleted'
 */
export function toDeletedDocument(object: ProcessingStamp): DeletedDocument {
  return { ...documentBase(object), status: 'deleted' };
}

function documentBase(object: ProcessingStamp) {
  const id = releaseIdOf(object.key);
  return {
    pk: releasePk(id),
    sk: DOCUMENT_SK,
    kind: 'document' as const,
    id,
    generation: object.generation,
    sequencer: object.sequencer,
    bucket: object.bucket,
    key: object.key,
    versionId: object.versionId,
    ingestedAt: object.ingestedAt,
  };
}

interface LookupBase {
  readonly pk: string;
  readonly id: string;
  readonly generation: string;
  readonly kind: 'index';
  readonly sortDate: string;
  readonly prefix: string;
}

interface NamedEntity {
  readonly canonical: string;
  readonly names: readonly string[];
}

function namesOf(entity: { readonly name: string; readonly aliases?: readonly string[] }): NamedEntity {
  return { canonical: entity.name, names: [entity.name, ...(entity.aliases ?? [])] };
}

/** One index item per distinct normalized name: two spellings of one name share a lookup key. */
function entityIndexItems(
  lookup: LookupBase,
  kind: EntityLookup,
  entities: readonly NamedEntity[],
): IndexItem[] {
  const byName = new Map<string, { name: string; speakers: Set<string> }>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const normalized = normalizeName(name);
      if (normalized === '' || normalized.length > MAX_LOOKUP_NAME_LENGTH) continue;
      const entry = byName.get(normalized) ?? { name, speakers: new Set<string>() };
      entry.speakers.add(entity.canonical);
      byName.set(normalized, entry);
    }
  }
  return [...byName].map(([normalized, entry]) => ({
    ...indexBase(lookup, `${kind}#${normalized}`),
    lookup: kind,
    lookupPk: entityLookupKey(kind, normalized, monthOf(lookup.sortDate)),
    lookupSk: dateSortKey(lookup.sortDate, lookup.id),
    name: entry.name,
    ...(kind === 'SPK' ? { speakers: [...entry.speakers].sort() } : {}),
  }));
}

/** Speakers are found by any name of the person or organization they are. */
function speakerIndexItems(lookup: LookupBase, record: PressRecord): IndexItem[] {
  const speakers = new Set(record.quotes.flatMap((quote) => (quote.speaker === null ? [] : [quote.speaker])));
  const entities = [...record.people, ...record.organizations]
    .filter((entity) => speakers.has(entity.name))
    .map(namesOf);
  return entityIndexItems(lookup, 'SPK', entities);
}

function globalIndexItems(lookup: LookupBase, record: PressRecord): IndexItem[] {
  const month = monthOf(lookup.sortDate);
  const shard = shardOf(lookup.id, GLOBAL_SHARDS);
  const items: IndexItem[] = [
    {
      ...indexBase(lookup, 'DATE'),
      lookup: 'DATE',
      lookupPk: globalLookupKey('DATE', month, shard),
      lookupSk: dateSortKey(lookup.sortDate, lookup.id),
    },
  ];
  const largest = [...record.attendance].sort((a, b) => b.count - a.count)[0];
  if (largest) {
    items.push({
      ...indexBase(lookup, 'ATT'),
      lookup: 'ATT',
      lookupPk: globalLookupKey('ATT', month, shard),
      lookupSk: attendanceSortKey(largest.count, lookup.sortDate, lookup.id),
      count: largest.count,
      qualifier: largest.qualifier,
      text: largest.text.slice(0, MAX_INDEX_TEXT_LENGTH),
    });
  }
  return items;
}

function indexBase(lookup: LookupBase, suffix: string) {
  return {
    pk: lookup.pk,
    sk: `${lookup.prefix}IX#${suffix}`,
    id: lookup.id,
    generation: lookup.generation,
    kind: lookup.kind,
    sortDate: lookup.sortDate,
  };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
