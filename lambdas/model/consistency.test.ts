import { describe, expect, it } from 'vitest';
import {
  type BucketObject,
  compareBucketWithTable,
  type DocumentSummary,
  describeFinding,
  type GenerationItemSummary,
  itemRoleOf,
  type TableContents,
} from './consistency.ts';

const G1 = '0001_2025-07-01T10:00:00.000Z_aaaaaaaa';
const G2 = '0002_2025-07-01T11:00:00.000Z_bbbbbbbb';

const object = (key: string, overrides: Partial<BucketObject> = {}): BucketObject => ({
  key,
  size: 100,
  lastModified: '2025-07-01T09:59:59.000Z',
  ...overrides,
});

const ingested = (id: string, overrides: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  key: id,
  status: 'ingested',
  generation: G1,
  ingestedAt: '2025-07-01T10:00:00.000Z',
  size: 100,
  sha256: 'a'.repeat(64),
  partCount: 1,
  quoteCount: 1,
  sortDate: '2025-06-18',
  ...overrides,
});

/** The items a complete generation of a one-part, one-quote release has. */
const generationItems = (id: string, generation = G1): GenerationItemSummary[] => [
  { id, sk: `G#${generation}#PART#0000`, kind: 'part', generation },
  { id, sk: `G#${generation}#Q#00000#000`, kind: 'quote', generation, quote: 0 },
  {
    id,
    sk: `G#${generation}#IX#DATE`,
    kind: 'index',
    generation,
    lookupPk: 'DATE#2025-06#1',
    lookupSk: `2025-06-18#${id}`,
  },
];

const table = (contents: Partial<TableContents>): TableContents => ({
  documents: [],
  items: [],
  months: ['2025-06'],
  ...contents,
});

const A = 'incoming/a.txt';
const B = 'incoming/b.txt';

describe('compareBucketWithTable', () => {
  it('finds nothing when every object has its record, complete, and nothing else is stored', () => {
    const rejected: DocumentSummary = {
      id: B,
      key: B,
      status: 'rejected',
      generation: G1,
      ingestedAt: '2025-07-01T10:00:00.000Z',
      size: 0,
      sha256: null,
    };
    const report = compareBucketWithTable([object(A), object(B, { size: 0 })], {
      documents: [ingested(A), rejected],
      items: generationItems(A),
      months: ['2025-06'],
    });
    expect(report.findings).toEqual([]);
    expect(report).toMatchObject({ objects: 2, documents: { ingested: 1, rejected: 1, deleted: 0 } });
    expect(report.generationItems).toBe(3);
  });

  it.each([
    ['no document', [], 'no document'],
    ['a deleted document', [ingested(A, { status: 'deleted', size: null, sha256: null })], 'deleted'],
  ])('reports an object with %s as an object without record', (_, documents, detail) => {
    const { findings } = compareBucketWithTable([object(A)], table({ documents }));
    expect(findings).toEqual([
      { kind: 'object-without-record', key: A, detail: expect.stringContaining(detail) },
    ]);
  });

  it('reports ingested and rejected documents whose object is gone, not deleted ones', () => {
    const documents = [
      ingested(A),
      { ...ingested(B), status: 'rejected' as const },
      ingested('incoming/c.txt', { status: 'deleted' }),
    ];
    const { findings } = compareBucketWithTable([], table({ documents, items: generationItems(A) }));
    expect(findings).toEqual([
      { kind: 'record-without-object', id: A, status: 'ingested' },
      { kind: 'record-without-object', id: B, status: 'rejected' },
    ]);
  });

  it.each([
    ['a different size', { size: 101 }, {}, 'size 100 in the table, 101 in the bucket'],
    ['a later write', { lastModified: '2025-07-01T10:00:01.000Z' }, {}, 'after the record was made'],
    ['a different SHA-256', { sha256: 'b'.repeat(64) }, {}, 'SHA-256 differs'],
  ])('reports a record stale when its object has %s', (_, objectChange, documentChange, reason) => {
    const { findings } = compareBucketWithTable(
      [object(A, objectChange)],
      table({ documents: [ingested(A, documentChange)], items: generationItems(A) }),
    );
    expect(findings).toEqual([{ kind: 'stale-record', id: A, reasons: [expect.stringContaining(reason)] }]);
  });

  it('does not call a record stale when its object was written within the same second', () => {
    // The listing says 10:00:00 (truncated); the record was made at 10:00:00.400, after the upload.
    const { findings } = compareBucketWithTable(
      [object(A, { lastModified: '2025-07-01T10:00:00.000Z', sha256: 'a'.repeat(64) })],
      table({
        documents: [ingested(A, { ingestedAt: '2025-07-01T10:00:00.400Z' })],
        items: generationItems(A),
      }),
    );
    expect(findings).toEqual([]);
  });

  it('reports items of an older generation, of no document and of a rejected document as orphans', () => {
    const lost = 'incoming/lost.txt';
    const items = [
      ...generationItems(A, G2),
      ...generationItems(A, G1),
      ...generationItems(B),
      ...generationItems(lost),
    ];
    const documents = [ingested(A, { generation: G2 }), { ...ingested(B), status: 'rejected' as const }];
    const { findings } = compareBucketWithTable([object(A), object(B)], table({ documents, items }));
    const counts = { part: 1, quote: 1, index: 1 };
    expect(findings).toEqual([
      { kind: 'orphan-items', id: A, generation: G1, reason: 'not the current generation', counts },
      { kind: 'orphan-items', id: B, generation: G1, reason: 'document not ingested', counts },
      { kind: 'orphan-items', id: lost, generation: G1, reason: 'no document', counts },
      // Two generations of A write the same date entry: a list would show A twice.
      { kind: 'duplicate-lookup', lookupPk: 'DATE#2025-06#1', lookupSk: `2025-06-18#${A}`, count: 2 },
    ]);
  });

  it('reports a lookup entry pointing at no document', () => {
    const orphan: GenerationItemSummary = {
      id: 'incoming/nowhere.txt',
      sk: `G#${G1}#IX#ORG#blue river`,
      kind: 'index',
      generation: G1,
      lookupPk: 'ORG#blue river#2025-06',
      lookupSk: '2025-06-18#incoming/nowhere.txt',
    };
    const { findings } = compareBucketWithTable(
      [object(A)],
      table({ documents: [ingested(A)], items: [...generationItems(A), orphan] }),
    );
    expect(findings).toEqual([
      {
        kind: 'orphan-items',
        id: 'incoming/nowhere.txt',
        generation: G1,
        reason: 'no document',
        counts: { part: 0, quote: 0, index: 1 },
      },
    ]);
  });

  it.each([
    [
      'a part',
      (items: GenerationItemSummary[]) => items.filter((item) => item.kind !== 'part'),
      '0 of 1 parts',
    ],
    [
      'a quote',
      (items: GenerationItemSummary[]) => items.filter((item) => item.kind !== 'quote'),
      '0 of 1 quotes',
    ],
    [
      'the date entry',
      (items: GenerationItemSummary[]) => items.filter((item) => item.kind !== 'index'),
      'no date lookup entry',
    ],
  ])('reports a record whose current generation lacks %s as incomplete', (_, drop, detail) => {
    const { findings } = compareBucketWithTable(
      [object(A)],
      table({ documents: [ingested(A)], items: drop(generationItems(A)) }),
    );
    expect(findings).toEqual([{ kind: 'incomplete-record', id: A, detail }]);
  });

  it('counts a quote split into pieces once', () => {
    const items = [
      ...generationItems(A),
      { id: A, sk: `G#${G1}#Q#00000#001`, kind: 'quote' as const, generation: G1, quote: 0 },
    ];
    const { findings } = compareBucketWithTable([object(A)], table({ documents: [ingested(A)], items }));
    expect(findings).toEqual([]);
  });

  it('reports months with records that the calendar does not list', () => {
    const { findings } = compareBucketWithTable(
      [object(A)],
      table({ documents: [ingested(A)], items: generationItems(A), months: ['2025-05'] }),
    );
    expect(findings).toEqual([{ kind: 'calendar-gap', month: '2025-06', records: 1 }]);
  });
});

describe('itemRoleOf', () => {
  it.each([
    ['REL#incoming/a.txt', 'DOC', 'document'],
    ['REL#incoming/a.txt', `G#${G1}#PART#0000`, 'generation'],
    ['CALENDAR', 'MONTHS', 'calendar'],
    ['SOMETHING', 'ELSE', 'unknown'],
  ])('%s / %s is a %s item', (pk, sk, role) => {
    expect(itemRoleOf(pk, sk)).toBe(role);
  });
});

describe('describeFinding', () => {
  it.each([
    [
      { kind: 'record-without-object', id: A, status: 'ingested' } as const,
      `record without object: ${A} (ingested)`,
    ],
    [
      {
        kind: 'orphan-items',
        id: A,
        generation: G1,
        reason: 'no document',
        counts: { part: 2, quote: 0, index: 3 },
      } as const,
      `orphan items: ${A} generation ${G1} (no document; 2 parts, 0 quotes, 3 lookup entries)`,
    ],
  ])('says what is wrong in one line', (finding, line) => {
    expect(describeFinding(finding)).toBe(line);
  });
});
