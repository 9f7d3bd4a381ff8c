import { describe, expect, it } from 'vitest';
import { emptyRecord, type PressRecord } from '../../lambdas/model/press-record.ts';
import { formatErrorSummary, formatRecordSummary } from './record-summary.ts';

const record: PressRecord = {
  source: 'samples/boathouse.txt',
  publishedDate: '2025-03-03',
  dates: [{ text: 'March 3, 2025', date: '2025-03-03' }],
  organizations: [{ name: 'Eastvale Rowing Club', aliases: ['ERC'] }],
  people: [{ name: 'Ines Okafor', aliases: ['Okafor'], title: 'Club President' }],
  locations: [{ name: 'Eastvale' }],
  quotes: [
    { speaker: 'Ines Okafor', text: 'The river belongs to everyone', type: 'direct' },
    { speaker: null, text: 'the season would start early', type: 'indirect' },
  ],
  attendance: [{ count: 200, qualifier: 'about', text: 'About 200 members attended' }],
};

describe('formatRecordSummary', () => {
  it('shows every field on its own labelled line', () => {
    expect(formatRecordSummary(record)).toBe(
      [
        'samples/boathouse.txt',
        '  published      2025-03-03',
        '  dates          2025-03-03 (March 3, 2025)',
        '  organizations  Eastvale Rowing Club (ERC)',
        '  people         Ines Okafor (Okafor), Club President',
        '  locations      Eastvale',
        '  quotes         2',
        '    - Ines Okafor [direct]: \u201CThe river belongs to everyone\u201D',
        '    - (no speaker) [indirect]: the season would start early',
        '  attendance     1',
        '    - about 200: About 200 members attended',
      ].join('\n'),
    );
  });

  it('says when a field is empty or the date is not stated', () => {
    const empty: PressRecord = emptyRecord(record.source);
    const text = formatRecordSummary(empty);
    expect(text).toContain('published      (not stated)');
    expect(text).toContain('quotes         (none)');
    expect(text).not.toContain('    - ');
  });
});

describe('formatErrorSummary', () => {
  it('shows the code and message under the source', () => {
    expect(
      formatErrorSummary({ source: 'x.pdf', error: { code: 'unsupported-type', message: 'no PDFs' } }),
    ).toBe('x.pdf\n  error          unsupported-type: no PDFs');
  });
});
