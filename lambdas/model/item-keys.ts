import { createHash } from 'node:crypto';

/**
 * Key layout of the Pressline table. Every item of a release lives in the release's partition
 * (`REL#<id>`), so one query finds them all; list queries go through the sparse lookup index, whose
 * keys are built here and nowhere else.
 *
 * Why the shards: one lookup key takes at most ~1,000 writes per second (a DynamoDB partition's limit).
 * Entity keys are split by month of the release, table-wide keys (every release of a month) also by a
 * hash of the release id into GLOBAL_SHARDS keys.
 */

export const DOCUMENT_SK = 'DOC';

/** Partition key of the item listing the months the table holds releases for. */
export const CALENDAR_PK = 'CALENDAR';
export const CALENDAR_SK = 'MONTHS';

/** Table-wide lookup keys (date, attendance) are spread over this many shards per month. */
export const GLOBAL_SHARDS = 4;

/** Width of sequencers once normalized: S3's are 16 to 18 hex digits today. */
const SEQUENCER_WIDTH = 32;

/** Width of attendance counts in sort keys, so that string order is numeric order. */
const COUNT_WIDTH = 12;

export type EntityLookup = 'ORG' | 'PER' | 'SPK';
export type GlobalLookup = 'DATE' | 'ATT';

/**
 * The partition key of a release's items.
 *
 * @example
 * releasePk('incoming/a.txt') // 'REL#incoming/a.txt'
 */
export function releasePk(id: string): string {
  return `REL#${id}`;
}

/**
 * The sort key prefix of every item of one generation (one processing) of a release.
 *
 * @example
 * generationPrefix('0A_2025-01-01T00:00:00.000Z_x') // 'G#0A_2025-01-01T00:00:00.000Z_x#'
 */
export function generationPrefix(generation: string): string {
  return `G#${generation}#`;
}

/**
 * Brings an S3 event `sequencer` to a fixed width so that string order is event order (S3 documents
 * that sequencers of different lengths compare after left-padding with zeros). Undefined when the
 * value is not hexadecimal or too long to compare safely.
 *
 * @example
 * normalizeSequencer('5f3a') // '00000000000000000000000000005F3A' (32 characters)
 */
export function normalizeSequencer(sequencer: string): string | undefined {
  if (!/^[0-9a-fA-F]{1,32}$/.test(sequencer)) return undefined;
  return sequencer.toUpperCase().padStart(SEQUENCER_WIDTH, '0');
}

/** The lowest possible sequencer, for events that carry none (a reprocess of an object never seen). */
export const LOWEST_SEQUENCER = '0'.repeat(SEQUENCER_WIDTH);

/**
 * A generation id: ordered first by the S3 event sequencer, then by processing time, so that string
 * comparison in a DynamoDB condition tells the newer write. The nonce breaks ties within a millisecond.
 *
 * @example
 * generationOf('0…5F3A', '2025-01-01T00:00:00.000Z', 'k3j2') // '0…5F3A_2025-01-01T00:00:00.000Z_k3j2'
 */
export function generationOf(sequencer: string, processedAt: string, nonce: string): string {
  return `${sequencer}_${processedAt}_${nonce}`;
}

/**
 * The form of a name used in lookup keys: accents, case, dots and punctuation do not matter, so that
 * "U.N." finds "UN" and "Societe Generale" finds "Société Générale".
 *
 * @example
 * normalizeName('  Société  Générale (S.G.) ') // 'societe generale sg'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The month of a `YYYY-MM-DD` date.
 *
 * @example
 * monthOf('2025-06-18') // '2025-06'
 */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/**
 * The shard of a release among `count` shards: a stable FNV-1a hash of its id.
 *
 * @example
 * shardOf('incoming/a.txt', 4) // always the same number in 0..3
 */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/**
 * Lookup key of an entity (organization, person, speaker) for one month.
 *
 * @example
 * entityLookupKey('ORG', 'un', '2025-06') // 'ORG#un#2025-06'
 */
export function entityLookupKey(kind: EntityLookup, normalizedName: string, month: string): string {
  return `${kind}#${normalizedName}#${month}`;
}

/**
 * Lookup key of a table-wide index (date, attendance) for one month and shard.
 *
 * @example
 * globalLookupKey('DATE', '2025-06', 3) // 'DATE#2025-06#3'
 */
export function globalLookupKey(kind: GlobalLookup, month: string, shard: number): string {
  return `${kind}#${month}#${shard}`;
}

/**
 * Sort key in date-ordered lookups: newest first when read backwards; the id makes it unique.
 *
 * @example
 * dateSortKey('2025-06-18', 'incoming/a.txt') // '2025-06-18#incoming/a.txt'
 */
export function dateSortKey(date: string, id: string): string {
  return `${date}#${sortKeyIdOf(id)}`;
}

/**
 * Sort key in attendance lookups: largest count first when read backwards, then newest.
 *
 * @example
 * attendanceSortKey(1500, '2025-06-18', 'a.txt') // '000000001500#2025-06-18#a.txt'
 */
export function attendanceSortKey(count: number, date: string, id: string): string {
  return `${padCount(count)}#${date}#${sortKeyIdOf(id)}`;
}

/**
 * A count as it appears in attendance sort keys.
 *
 * @example
 * padCount(42) // '000000000042'
 */
export function padCount(count: number): string {
  return String(Math.min(Math.max(0, Math.trunc(count)), 10 ** COUNT_WIDTH - 1)).padStart(COUNT_WIDTH, '0');
}

/** DynamoDB refuses a sort key over 1,024 bytes; an S3 key may itself be 1,024 bytes. */
const MAX_SORT_KEY_ID_BYTES = 960;
/** A SHA-256 in hex and its separator, kept after a shortened id. */
const DIGEST_PART_BYTES = 65;

/**
 * The id as lookup sort keys hold it: itself when it fits beside the longest prefix (the attendance
 * key's `<count>#<date>#`, 24 bytes), else its head (whole characters) and its SHA-256, so that the key
 * stays unique and under DynamoDB's limit. Readers take the id from the item's `id`, never from here.
 *
 * @example
 * sortKeyIdOf('incoming/a.txt') // 'incoming/a.txt'
 * sortKeyIdOf(`incoming/${'k'.repeat(1_000)}.txt`).length // 960
 */
export function sortKeyIdOf(id: string): string {
  if (Buffer.byteLength(id, 'utf8') <= MAX_SORT_KEY_ID_BYTES) return id;
  let head = '';
  let bytes = 0;
  for (const character of id) {
    const size = Buffer.byteLength(character, 'utf8');
    if (bytes + size > MAX_SORT_KEY_ID_BYTES - DIGEST_PART_BYTES) break;
    head += character;
    bytes += size;
  }
  return `${head}#${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}
