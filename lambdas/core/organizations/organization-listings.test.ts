import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a name followed by its stock listing', () => {
  it.each([
    [
      'one exchange',
      'ORVELA, 18 June 2026 -- Brightwater Energy (NASDAQ: BWE) said revenue rose.',
      'Brightwater Energy',
    ],
    [
      'two exchanges',
      'ORVELA, 18 June 2026 -- Kessu Vantage (NYSE: KV; TSX: KVT) today said revenue rose.',
      'Kessu Vantage',
    ],
    [
      'an exchange of two words',
      'ORVELA, 18 June 2026 -- Orla (Euronext Paris: ORL) today said revenue rose.',
      'Orla',
    ],
  ])('names a company: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    ['a label and a number', 'ORVELA, 18 June 2026 -- Dana Holt (Age: 45) spoke at the forum.', 'Dana Holt'],
    [
      'a credit in mixed case',
      'ORVELA, 18 June 2026 -- Dana Holt (Photo: Kessu Studio) spoke at the forum.',
      'Dana Holt',
    ],
  ])('does not make an organization of %s in parentheses', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});

describe('the exchange shares are listed on', () => {
  it.each([
    ['listed on', "Orvo Wind's shares are listed on Nordbourse Tarvel.", 'Nordbourse Tarvel'],
    ['traded on the', 'Its shares are traded on the Kessa Stock Exchange.', 'Kessa Stock Exchange'],
  ])('is an organization after %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it('a place after another verb and "on" stays a place: The figures were gathered on Tarvel Island.', () => {
    expect(namesOf(entitiesOf('The figures were gathered on Tarvel Island.').organizations)).toEqual([]);
  });
});
