import * as z from 'zod';
import { AttendanceQualifier, ErrorCode, IsoDate, QuoteType } from './press-record.ts';

/**
 * The shapes of the items Pressline stores, as zod schemas: items read back from the table are parsed
 * with them (a boundary), and the mapping that writes them is typed by them.
 */

const ItemKey = { pk: z.string().min(1), sk: z.string().min(1) };

/** Where the object came from and which event made the item. */
const ObjectFields = {
  id: z.string().min(1),
  /** Sequencer-then-time order of processings; the document names the one that is visible. */
  generation: z.string().min(1),
  /** The S3 event sequencer, left-padded to a fixed width so that string order is event order. */
  sequencer: z.string().min(1),
  bucket: z.string().min(1),
  key: z.string().min(1),
  versionId: z.string().min(1).nullable(),
  /** When the event was processed (ISO 8601). */
  ingestedAt: z.iso.datetime(),
};

export const IngestedDocument = z.object({
  ...ItemKey,
  ...ObjectFields,
  kind: z.literal('document'),
  status: z.literal('ingested'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  extractorVersion: z.string().min(1),
  size: z.number().int().nonnegative(),
  source: z.string().min(1),
  publishedDate: IsoDate.nullable(),
  /** The date lists sort by: the publication date, or the upload date when the text states none. */
  sortDate: IsoDate,
  partCount: z.number().int().positive(),
  quoteCount: z.number().int().nonnegative(),
});

export const RejectedDocument = z.object({
  ...ItemKey,
  ...ObjectFields,
  kind: z.literal('document'),
  status: z.literal('rejected'),
  sha256: z.string().nullable(),
  extractorVersion: z.string().min(1),
  size: z.number().int().nonnegative().nullable(),
  error: z.object({ code: ErrorCode, message: z.string().min(1) }),
});

/** What a delete leaves: the sequencer of the delete, so that an older create cannot resurrect the record. */
export const DeletedDocument = z.object({
  ...ItemKey,
  ...ObjectFields,
  kind: z.literal('document'),
  status: z.literal('deleted'),
});

export const DocumentItem = z.discriminatedUnion('status', [
  IngestedDocument,
  RejectedDocument,
  DeletedDocument,
]);

const GenerationFields = { ...ItemKey, id: z.string().min(1), generation: z.string().min(1) };

/** A piece of the record's JSON (every field but the quotes). */
export const PartItem = z.object({
  ...GenerationFields,
  kind: z.literal('part'),
  chunk: z.number().int().nonnegative(),
  data: z.string(),
});

/** A quote, or a piece of one when its text is too long for one item. */
export const QuoteItem = z.object({
  ...GenerationFields,
  kind: z.literal('quote'),
  quote: z.number().int().nonnegative(),
  chunk: z.number().int().nonnegative(),
  speaker: z.string().min(1).nullable(),
  type: QuoteType,
  text: z.string(),
});

export const LookupKind = z.enum(['ORG', 'PER', 'SPK', 'DATE', 'ATT']);

/** An entry of the lookup index: points to a release from one lookup key. */
export const IndexItem = z.object({
  ...GenerationFields,
  kind: z.literal('index'),
  lookup: LookupKind,
  lookupPk: z.string().min(1),
  lookupSk: z.string().min(1),
  sortDate: IsoDate,
  /** The name as the release writes it (entity lookups). */
  name: z.string().min(1).optional(),
  /** Speaker lookups: the canonical names of the speakers the name stands for in this release. */
  speakers: z.array(z.string().min(1)).optional(),
  /** Attendance lookups: the release's largest count. */
  count: z.number().int().positive().optional(),
  qualifier: AttendanceQualifier.optional(),
  text: z.string().min(1).optional(),
});

export type IngestedDocument = z.infer<typeof IngestedDocument>;
export type RejectedDocument = z.infer<typeof RejectedDocument>;
export type DeletedDocument = z.infer<typeof DeletedDocument>;
export type DocumentItem = z.infer<typeof DocumentItem>;
export type PartItem = z.infer<typeof PartItem>;
export type QuoteItem = z.infer<typeof QuoteItem>;
export type IndexItem = z.infer<typeof IndexItem>;
export type LookupKind = z.infer<typeof LookupKind>;
export type GenerationItem = PartItem | QuoteItem | IndexItem;
