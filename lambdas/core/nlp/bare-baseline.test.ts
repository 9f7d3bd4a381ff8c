import { describe, expect, it } from 'vitest';
import { PressRecord } from '../../model/press-record.ts';
import { extractBareBaseline } from './bare-baseline.ts';

const RELEASE = [
  'June 18, 2025',
  '',
  '"We are proud," said Maria Gonzalez, who opened the new clinic in Madrid on June 20. More than 300 people attended.',
].join('\n');

describe('extractBareBaseline', () => {
  it('returns a valid record with no quotes and no attendance, whatever the text says', () => {
    const record = extractBareBaseline(RELEASE, { source: 'r.txt' });
    expect(PressRecord.safeParse(record).success).toBe(true);
    expect(record.source).toBe('r.txt');
    expect(record.quotes).toEqual([]);
    expect(record.attendance).toEqual([]);
  });

  it('takes the published date from the first line and resolves year-less dates against it', () => {
    const record = extractBareBaseline(RELEASE);
    expect(record.publishedDate).toBe('2025-06-18');
    expect(record.dates.map((d) => d.date)).toEqual(['2025-06-18', '2025-06-20']);
  });

  it('drops year-less dates when nothing anchors them, so the result never depends on the clock', () => {
    const record = extractBareBaseline('Clinic news\n\nThe clinic opened on June 20 and on 3 March 2024.');
    expect(record.publishedDate).toBeNull();
    expect(record.dates.map((d) => d.date)).toEqual(['2024-03-03']);
  });

  it('lists each name once', () => {
    const record = extractBareBaseline(
      'Maria Gonzalez spoke. Then Maria Gonzalez left for Madrid and Madrid cheered.',
    );
    expect(record.people.filter((p) => p.name === 'Maria Gonzalez')).toHaveLength(1);
    expect(record.locations.filter((l) => l.name === 'Madrid')).toHaveLength(1);
  });
});
