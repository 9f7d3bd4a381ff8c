import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a news agency credited outside the story', () => {
  it.each([
    ['after a dash at the end', 'The deal was signed on Monday. -- KNA', 'KNA'],
    ['after an en dash at the end', 'The deal was signed on Monday. – TNA', 'TNA'],
    [
      'in parentheses at the end of a paragraph',
      'The deal was signed on Monday. (TNA)\nThe next story.',
      'TNA',
    ],
    ['in a dateline', 'Tarvel, March 10, 2026 (TNA) – The deal was signed on Monday.', 'TNA'],
    ['whose staff report', 'The deal was signed. Reported by KNA correspondents in Tarvel.', 'KNA'],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    ['a code in parentheses mid-sentence', 'Prices rose in the Tarvel Region (TR) last year.', 'TR'],
    ['a unit after a dash mid-sentence', 'The plant makes 40 MW – enough for the town.', 'MW'],
    [
      'a dateline place',
      'Tarvel, March 10, 2026 (TNA) – The deal was signed on Monday.',
      'Tarvel, March 10, 2026',
    ],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});
