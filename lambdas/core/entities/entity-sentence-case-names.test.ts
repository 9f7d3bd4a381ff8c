import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities.test-support.ts';
import { sentenceCaseName } from './entity-sentence-case-names.ts';

describe('sentenceCaseName', () => {
  it.each<[string, string, string, string | null]>([
    [
      'a French company in sentence case',
      'SONAGEP',
      'run by the Société nationale de gestion des ports ',
      'Société nationale de gestion des ports',
    ],
    ['a French agency', 'ARS', 'funded by the Agence régionale de santé ', 'Agence régionale de santé'],
    [
      'letters from inside a word, a word giving none',
      'OMVF',
      'under the Organisation pour la mise en valeur du fleuve Falémé ',
      'Organisation pour la mise en valeur du fleuve Falémé',
    ],
    [
      'an elided particle',
      'SEPD',
      "the Société d'exploitation du port de Dakoro ",
      "Société d'exploitation du port de Dakoro",
    ],
    [
      'an Italian authority, capitalized, with an articulated particle',
      'AGTM',
      'cleared by the Autorità Garante della Tutela del Mercato ',
      'Autorità Garante della Tutela del Mercato',
    ],
    [
      'a Spanish institute',
      'INTA',
      'said the Instituto nacional de tecnología agraria ',
      'Instituto nacional de tecnología agraria',
    ],
    ['English words in the run', 'OSF', 'the Office of the state fund ', null],
    ['no particle of those languages', 'ARS', 'the Agence regionale sante ', null],
    ['letters that do not fit', 'XYZ', 'by the Agence régionale de santé ', null],
    ['a last word that gives no letter', 'AR', 'by the Agence régionale de santé ', null],
    ['no head written first', 'CRS', 'by the comité régional de santé ', null],
  ])('%s', (_case, short, before, long) => {
    expect(sentenceCaseName(short, before)?.long ?? null).toBe(long);
  });
});

describe('names in sentence case defined by their short form', () => {
  it.each<[string, string, { name: string; aliases: string[] }]>([
    [
      'a French state company',
      'The Société nationale de gestion des ports (SONAGEP) will dredge the channel. SONAGEP hired 40 divers.',
      { name: 'Société nationale de gestion des ports', aliases: ['SONAGEP'] },
    ],
    [
      'a company whose last word is a place word',
      "Farmers met the Société d'aménagement des terres du delta (SATD) in Podara.",
      { name: "Société d'aménagement des terres du delta", aliases: ['SATD'] },
    ],
  ])('%s', (_case, text, organization) => {
    expect(entitiesOf(text).organizations).toContainEqual(organization);
  });

  it('a common noun phrase in English before a short form names no organization', () => {
    const text = 'Both sides signed a memorandum of understanding (MOU) on Monday.';
    expect(entitiesOf(text).organizations).toEqual([]);
  });
});
