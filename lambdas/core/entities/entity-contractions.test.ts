import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities.test-support.ts';
import { matchContraction } from './entity-contractions.ts';

describe('matchContraction', () => {
  it.each([
    [
      'Eastradebank',
      'funds from the Eastern Trade and Development Bank ',
      'Eastern Trade and Development Bank',
    ],
    ['Nordeximbank', 'The Nordic Export-Import Bank ', 'Nordic Export-Import Bank'],
    ['Gasindustria', 'shares of Gas Industria ', 'Gas Industria'],
    ['Agrimach', 'a deal with Agricultural Machinery ', 'Agricultural Machinery'],
    ['Fesvaltar', 'the sixth Festival do Vale do Tarvo ', 'Festival do Vale do Tarvo'],
    ['Bancarivo', 'loans from the Banca della Riva Orvo ', 'Banca della Riva Orvo'],
  ])('%s is made of the leading letters of the name before it', (short, before, long) => {
    const definition = matchContraction(short, before, 0);
    expect(definition?.long).toBe(long);
    expect(before.slice(definition?.longStart, definition?.longEnd)).toBe(long);
  });

  it.each([
    ['a word not starting the name', 'Reuters', 'the Northern Harbour Authority '],
    [
      'a name that does not end the short form',
      'Interpol',
      'the International Criminal Police Organization ',
    ],
    ['a lower-case phrase', 'Farmbank', 'loans from farm banks '],
    ['an acronym in capitals', 'NHA', 'the Northern Harbour Authority '],
    ['a single word', 'Lagosia', 'visitors from Lagos '],
  ])('no contraction for %s: %s', (_case, short, before) => {
    expect(matchContraction(short, before, 0)).toBeNull();
  });
});

describe('a contraction written once', () => {
  it('is the short name of the organization before it', () => {
    const text = 'The plant is funded by the Nordic Export-Import Bank (Nordeximbank). It opens in May.';
    expect(entitiesOf(text).organizations).toEqual([
      { name: 'Nordic Export-Import Bank', aliases: ['Nordeximbank'] },
    ]);
  });

  it("is an event's short name, no organization, when it contracts an event's Romance name", () => {
    const text =
      'The sixth Festival de Letras do Vale Orvo (Fesvor) closed on Sunday. All talks of the Fesvor were free.';
    expect(entitiesOf(text).organizations).toEqual([]);
  });

  it('a one-word name written once that spells no words of the name is no short name', () => {
    const text = 'The Tarvel Harbour Authority (Wirenews) said the port would reopen.';
    expect(entitiesOf(text).organizations).toContainEqual({ name: 'Tarvel Harbour Authority', aliases: [] });
  });
});
