import { describe, expect, it } from 'vitest';
import { emptyRecord as emptyRecordOf, type PressRecord } from '../../lambdas/model/press-record.ts';
import type { GoldRecord } from './gold.ts';
import { scoreDocument } from './score-document.ts';

const emptyGold: GoldRecord = {
  id: 'doc',
  source: 'hand-made',
  publishedDate: null,
  organizations: [],
  people: [],
  locations: [],
  dates: [],
  quotes: [],
  attendance: [],
};

const emptyRecord: PressRecord = emptyRecordOf('doc.txt');

const counts = (tp: number, fp: number, fn: number) => ({
  truePositives: tp,
  falsePositives: fp,
  falseNegatives: fn,
});

describe('scoreDocument: entities', () => {
  it('matches an entity by any shared form and each gold entity once', () => {
    const gold: GoldRecord = {
      ...emptyGold,
      organizations: [
        { name: 'Coastal Water Authority', aliases: ['CWA'] },
        { name: 'Orchid Telecom', aliases: [] },
      ],
    };
    const record: PressRecord = {
      ...emptyRecord,
      organizations: [
        { name: 'CWA', aliases: [] }, // matches through the gold alias
        { name: 'the Coastal Water Authority', aliases: [] }, // same gold entity again: a false positive
        { name: 'Orchid Telecoms', aliases: [] }, // a different string: no match
      ],
    };
    const tally = scoreDocument(record, gold).fields.organizations;
    expect(tally).toMatchObject(counts(1, 2, 1));
    expect(tally.missed).toEqual(['Orchid Telecom']);
    expect(tally.spurious).toEqual(['the Coastal Water Authority', 'Orchid Telecoms']);
  });

  it('treats locations without aliases like empty aliases', () => {
    const gold: GoldRecord = { ...emptyGold, locations: [{ name: 'Lagos', aliases: ['Lagos State'] }] };
    const record: PressRecord = { ...emptyRecord, locations: [{ name: 'Lagos State' }] };
    expect(scoreDocument(record, gold).fields.locations).toMatchObject(counts(1, 0, 0));
  });
});

describe('scoreDocument: dates and attendance', () => {
  it('matches dates by value, counting a repeated date once', () => {
    const gold: GoldRecord = { ...emptyGold, dates: ['2025-03-04', '2025-03-05'] };
    const record: PressRecord = {
      ...emptyRecord,
      dates: [
        { text: 'March 4', date: '2025-03-04' },
        { text: '4 March 2025', date: '2025-03-04' },
        { text: 'March 9', date: '2025-03-09' },
      ],
    };
    expect(scoreDocument(record, gold).fields.dates).toMatchObject(counts(1, 1, 1));
  });

  it('matches attendance by count only, one to one', () => {
    const gold: GoldRecord = {
      ...emptyGold,
      attendance: [
        { count: 300, qualifier: 'over', text: 'more than 300 delegates attended' },
        { count: 40, qualifier: 'exact', text: '40 speakers took part' },
      ],
    };
    const record: PressRecord = {
      ...emptyRecord,
      attendance: [
        { count: 300, qualifier: 'exact', text: '300 delegates' }, // wrong qualifier still matches
        { count: 300, qualifier: 'over', text: 'over 300' }, // only one gold 300
      ],
    };
    const tally = scoreDocument(record, gold).fields.attendance;
    expect(tally).toMatchObject(counts(1, 1, 1));
    expect(tally.missed).toEqual(['40 (40 speakers took part)']);
  });
});

describe('scoreDocument: quotes', () => {
  const gold: GoldRecord = {
    ...emptyGold,
    people: [{ name: 'Mei Lin Tan', aliases: ['Tan'] }],
    organizations: [{ name: 'River Guild', aliases: [] }],
    quotes: [
      { speaker: 'Mei Lin Tan', text: 'the new bridge will open to cyclists in spring', type: 'indirect' },
      { speaker: 'River Guild', text: 'We thank every volunteer who came', type: 'direct' },
    ],
  };

  it('counts a quote when the text overlaps enough and the speaker is a form of the gold speaker', () => {
    const record: PressRecord = {
      ...emptyRecord,
      people: [{ name: 'Tan', aliases: [] }],
      organizations: [{ name: 'River Guild', aliases: [] }],
      quotes: [
        // 7 of the 9 gold tokens (F1 14 / 16), speaker by surname only: right.
        { speaker: 'Tan', text: 'the new bridge will open to cyclists', type: 'indirect' },
        // same words as the second gold quote, but given to the wrong speaker.
        { speaker: 'Tan', text: '\u201CWe thank every volunteer who came\u201D', type: 'direct' },
      ],
    };
    const score = scoreDocument(record, gold);
    expect(score.quoteDetection).toMatchObject(counts(2, 0, 0));
    expect(score.fields.quotes).toMatchObject(counts(1, 1, 1));
    expect(score.speakers).toEqual({ correct: 1, total: 2 });
  });

  it('does not match a quote below half token overlap', () => {
    const record: PressRecord = {
      ...emptyRecord,
      organizations: [{ name: 'River Guild', aliases: [] }],
      // 2 shared tokens ("we", "thank") of 6 and 3: F1 = 4 / 9 < 0.5
      quotes: [{ speaker: 'River Guild', text: 'we thank you', type: 'direct' }],
    };
    const score = scoreDocument(record, gold);
    expect(score.quoteDetection).toMatchObject(counts(0, 1, 2));
    expect(score.speakers).toEqual({ correct: 0, total: 0 });
  });

  it('gives no credit to a quote without speaker', () => {
    const record: PressRecord = {
      ...emptyRecord,
      quotes: [{ speaker: null, text: 'We thank every volunteer who came', type: 'direct' }],
    };
    const score = scoreDocument(record, gold);
    expect(score.quoteDetection.truePositives).toBe(1);
    expect(score.fields.quotes.truePositives).toBe(0);
  });
});

describe('scoreDocument: publishedDate', () => {
  it('passes both dates on for the accuracy figure', () => {
    const score = scoreDocument(
      { ...emptyRecord, publishedDate: '2025-01-02' },
      { ...emptyGold, publishedDate: '2025-01-03' },
    );
    expect(score.publishedDate).toEqual({ predicted: '2025-01-02', gold: '2025-01-03' });
  });
});
