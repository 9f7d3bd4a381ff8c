import { describe, expect, it } from 'vitest';
import { generationOf, normalizeSequencer } from './item-keys.ts';
import type { PressRecord } from './press-record.ts';
import {
  type IngestedObject,
  toDeletedDocument,
  toRejectedDocument,
  toReleaseItems,
} from './release-items.ts';
import type { IndexItem, PartItem, QuoteItem } from './stored-items.ts';
import { toStoredRelease } from './stored-release.ts';

const sequencer = normalizeSequencer('1F') ?? '';
const OBJECT: IngestedObject = {
  bucket: 'bucket',
  key: 'incoming/a.txt',
  versionId: 'v1',
  sequencer,
  generation: generationOf(sequencer, '2025-07-01T10:00:00.000Z', '0badf00d'),
  ingestedAt: '2025-07-01T10:00:00.000Z',
  sha256: 'f'.repeat(64),
  size: 1234,
  extractorVersion: '1.2.3',
  uploadedDate: '2025-06-30',
};

const RECORD: PressRecord = {
  source: 's3://bucket/incoming/a.txt',
  publishedDate: '2025-06-18',
  dates: [{ text: 'June 18, 2025', date: '2025-06-18' }],
  organizations: [
    { name: 'Blue River Authority', aliases: ['BRA', 'B.R.A.'] },
    { name: 'Valley Press Club', aliases: [] },
  ],
  people: [{ name: 'Jon Park', aliases: ['Park'], title: 'Director' }],
  locations: [{ name: 'Riverside' }],
  quotes: [
    { speaker: 'Jon Park', text: 'The river is back.', type: 'direct' },
    { speaker: null, text: 'Unattributed words.', type: 'direct' },
    { speaker: 'Blue River Authority', text: 'the dam will open', type: 'indirect' },
  ],
  attendance: [
    { count: 80, qualifier: 'about', text: 'about 80 people' },
    { count: 450, qualifier: 'over', text: 'over 450 visitors came' },
  ],
};

const indexItems = (items: readonly unknown[]) =>
  (items as { kind: string }[]).filter((item): item is IndexItem => item.kind === 'index');

describe('toReleaseItems', () => {
  const { document, items } = toReleaseItems(RECORD, OBJECT);

  it('makes a document with the provenance of the object', () => {
    expect(document).toMatchObject({
      pk: 'REL#incoming/a.txt',
      sk: 'DOC',
      status: 'ingested',
      versionId: 'v1',
      sha256: OBJECT.sha256,
      extractorVersion: '1.2.3',
      sortDate: '2025-06-18',
      quoteCount: 3,
      partCount: 1,
    });
  });

  it('puts every other item under the generation, in the release partition', () => {
    expect(
      items.every((item) => item.pk === document.pk && item.sk.startsWith(`G#${OBJECT.generation}#`)),
    ).toBe(true);
    expect(new Set(items.map((item) => item.sk)).size).toBe(items.length);
  });

  it.each([
    ['ORG#blue river authority#2025-06', 'Blue River Authority'],
    ['ORG#bra#2025-06', 'BRA'],
    ['ORG#valley press club#2025-06', 'Valley Press Club'],
    ['PER#jon park#2025-06', 'Jon Park'],
    ['PER#park#2025-06', 'Park'],
    ['SPK#park#2025-06', 'Park'],
    ['SPK#bra#2025-06', 'BRA'],
  ])('indexes %s', (lookupPk, name) => {
    const entry = indexItems(items).find((item) => item.lookupPk === lookupPk);
    expect(entry).toMatchObject({ name, lookupSk: '2025-06-18#incoming/a.txt' });
  });

  it('gives two spellings of one acronym a single lookup entry', () => {
    expect(indexItems(items).filter((item) => item.lookupPk.startsWith('ORG#bra#'))).toHaveLength(1);
  });

  it('indexes speakers only for names that have quotes', () => {
    expect(indexItems(items).some((item) => item.lookupPk.startsWith('SPK#valley press club'))).toBe(false);
  });

  it('indexes the date and the largest attendance under a hash shard of the month', () => {
    const date = indexItems(items).find((item) => item.lookup === 'DATE');
    const attendance = indexItems(items).find((item) => item.lookup === 'ATT');
    expect(date?.lookupPk).toMatch(/^DATE#2025-06#[0-3]$/);
    expect(attendance).toMatchObject({ count: 450, qualifier: 'over' });
    expect(attendance?.lookupSk).toBe('000000000450#2025-06-18#incoming/a.txt');
  });

  it('sorts a release without a publication date by its upload day', () => {
    const undated = toReleaseItems({ ...RECORD, publishedDate: null }, OBJECT);
    expect(undated.document.sortDate).toBe('2025-06-30');
    expect(indexItems(undated.items).every((item) => item.sortDate === '2025-06-30')).toBe(true);
  });

  it('reads back into the same record', () => {
    const pieces = items.filter((item): item is PartItem | QuoteItem => item.kind !== 'index');
    expect(toStoredRelease(document, pieces).record).toEqual(RECORD);
  });

  it('splits a very long quote and record over several items, each far from the item size limit', () => {
    const long = 'Quote words 😀 '.repeat(10_000);
    const big: PressRecord = {
      ...RECORD,
      quotes: [{ speaker: 'Jon Park', text: long, type: 'direct' }],
      dates: Array.from({ length: 3000 }, (_, index) => ({ text: `day ${index}`, date: '2025-06-18' })),
    };
    const result = toReleaseItems(big, OBJECT);
    const sizes = result.items.map((item) => Buffer.byteLength(JSON.stringify(item)));
    expect(Math.max(...sizes)).toBeLessThan(100_000);
    expect(result.document.partCount).toBeGreaterThan(1);
    const pieces = result.items.filter((item): item is PartItem | QuoteItem => item.kind !== 'index');
    expect(toStoredRelease(result.document, pieces).record).toEqual(big);
  });
});

describe('status documents', () => {
  it('names the reason of a rejection', () => {
    const rejected = toRejectedDocument(
      OBJECT,
      { code: 'binary', message: 'the file is a PNG image, not text' },
      { extractorVersion: '1.2.3', sha256: null, size: 10 },
    );
    expect(rejected).toMatchObject({ sk: 'DOC', status: 'rejected', error: { code: 'binary' } });
  });

  it('keeps the sequencer of a delete', () => {
    expect(toDeletedDocument(OBJECT)).toMatchObject({ status: 'deleted', sequencer });
  });
});
