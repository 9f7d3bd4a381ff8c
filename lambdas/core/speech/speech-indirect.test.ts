import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/press-record.ts';
import { parseRelease } from '../nlp/world.ts';
import { extractQuotes } from '../quotes/quotes.ts';
import { prepareText } from '../release-text.ts';
import type { Entities } from '../types.ts';

const ENTITIES: Entities = {
  people: [{ name: 'Mele Taufa', aliases: [] }],
  organizations: [
    { name: 'Suva Chamber of Commerce, Industry and Tourism', aliases: [] },
    { name: 'Coral Coast Growers Union', aliases: [] },
  ],
  locations: [],
  mentions: [],
};

function quotesOf(text: string): Quote[] {
  const release = prepareText(text);
  return extractQuotes(release, parseRelease(release.text), ENTITIES);
}

const indirect = (speaker: string, text: string): Quote => ({ speaker, text, type: 'indirect' });

describe('findReportedSpeech: "according to" a source', () => {
  it.each<[string, string, Quote[]]>([
    [
      'a name with commas of its own',
      'According to the Suva Chamber of Commerce, Industry and Tourism, about 900 vendors sell at the market.',
      [indirect('Suva Chamber of Commerce, Industry and Tourism', 'about 900 vendors sell at the market')],
    ],
    [
      'right after a dateline',
      'NADI, June 9, 2026 – According to the Coral Coast Growers Union, cane prices rose by a fifth.',
      [indirect('Coral Coast Growers Union', 'cane prices rose by a fifth')],
    ],
    [
      'after its clause',
      'Cane prices rose by a fifth, according to the Coral Coast Growers Union.',
      [indirect('Coral Coast Growers Union', 'Cane prices rose by a fifth')],
    ],
    [
      'a description of the source set off by commas',
      'According to the Coral Coast Growers Union, the island’s largest farm lobby, cane prices rose by a fifth.',
      [indirect('Coral Coast Growers Union', 'cane prices rose by a fifth')],
    ],
    [
      'a subject with a relative clause is no description',
      'According to the Coral Coast Growers Union, the new mill, which opened in May, crushed more cane.',
      [indirect('Coral Coast Growers Union', 'the new mill, which opened in May, crushed more cane')],
    ],
    ['no named source', 'NADI, June 9, 2026 – According to rumours, cane prices rose by a fifth.', []],
    [
      'the comma right after a name ends the source',
      'According to the Coral Coast Growers Union, cane prices rose, and sugar fell.',
      [indirect('Coral Coast Growers Union', 'cane prices rose, and sugar fell')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('findReportedSpeech: a relative aside after the subject', () => {
  it.each<[string, string, Quote[]]>([
    [
      'the verb after the aside is the statement',
      'Mele Taufa, who declared the market open, said stalls would stay open late.',
      [indirect('Mele Taufa', 'stalls would stay open late')],
    ],
    [
      'a chained verb after the aside keeps the speaker',
      'Mele Taufa, who announced the fund last year, noted that it had paid out twice, and urged farmers to apply.',
      [indirect('Mele Taufa', 'it had paid out twice'), indirect('Mele Taufa', 'farmers to apply')],
    ],
    [
      'a relative clause that ends the sentence reports what its subject said',
      'The union thanked Mele Taufa, who said the road would reopen in May.',
      [indirect('Mele Taufa', 'the road would reopen in May')],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
