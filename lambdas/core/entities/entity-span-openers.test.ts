import { describe, expect, it } from 'vitest';
import { readEntityTerms } from '../nlp/entity-terms.ts';
import { parseRelease } from '../nlp/world.ts';
import { entitiesOf, namesOf } from './entities.test-support.ts';
import { isForeignWordOpeningCompany } from './entity-span-openers.ts';

/** Whether the first word of `text` opens a company's name in another language. */
function opensCompany(text: string): boolean {
  return isForeignWordOpeningCompany(readEntityTerms(parseRelease(text)), 0);
}

describe('isForeignWordOpeningCompany', () => {
  it.each([
    ['a winery', 'Bodegas Lago Tarvo S.A. exported more wine this year.'],
    ['a nursery', 'Viveros Monte Kessu S.R.L. sold 4,000 trees.'],
    ['a dairy', 'Lacticinios Orvel Ltda bought the plant.'],
  ])('a noun in another language before a foreign legal form: %s', (_case, text) => {
    expect(opensCompany(text)).toBe(true);
  });

  it.each([
    ['an English plural', 'Investors Kessu Capital S.A. and Orvo Fund signed.'],
    ['an English legal form', 'Hoteles Tarvo Ltd was sold.'],
    ['no legal form', 'Bodegas Tarvo came second.'],
    ['a legal form too far', 'Bodegas Tarvo Kessu Orvel Dalvik Monte Azul S.A. came.'],
    ['a legal form alone after it', 'Bodegas S.A. was sold.'],
  ])('no company opened by %s: %s', (_case, text) => {
    expect(opensCompany(text)).toBe(false);
  });

  it('lists the company with its first word', () => {
    const text = 'Viveros Monte Kessu S.R.L., a nursery from Tarvel, sold 4,000 trees.';
    expect(namesOf(entitiesOf(text).organizations)).toContain('Viveros Monte Kessu S.R.L.');
  });
});
