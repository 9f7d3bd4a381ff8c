import { describe, expect, it } from 'vitest';
import { findAcronymDefinitions } from './entity-acronyms.ts';

describe('findAcronymDefinitions', () => {
  it.each([
    ['The Northern Water Council (NWC) met.', 'NWC', 'Northern Water Council'],
    ['the Office for Rural Roads and Bridges (ORRB) said', 'ORRB', 'Office for Rural Roads and Bridges'],
    [
      'the Sheikh Omar bin Faisal Al Nuri Foundation (SOFF) gave',
      'SOFF',
      'Sheikh Omar bin Faisal Al Nuri Foundation',
    ],
    [
      'Pacific Coast Technical University (Pac Tech) hosted',
      'Pac Tech',
      'Pacific Coast Technical University',
    ],
    [
      'the University of Ontario, Brantford (UO Brantford) said',
      'UO Brantford',
      'University of Ontario, Brantford',
    ],
    ['Green Roots, Clean Rivers (GRCR), a charity, said', 'GRCR', 'Green Roots, Clean Rivers'],
    [
      'The Andean Institute of Rivers, Lakes and Wetlands (IAHRL) met',
      'IAHRL',
      'Andean Institute of Rivers, Lakes and Wetlands',
    ],
    ['The French Development Agency (AFD) paid', 'AFD', 'French Development Agency'],
    ['the Nordic League Against Drought (NLAD) said', 'NLAD', 'Nordic League Against Drought'],
    ['the firm Serrania Minas e Metais (SMM) said', 'SMM', 'Serrania Minas e Metais'],
    [
      'with the Chilean Institute of Friendship with the Nations (ICHAN) and',
      'ICHAN',
      'Chilean Institute of Friendship with the Nations',
    ],
    ['the Khmer Press Agency (SKP) and', 'SKP', 'Khmer Press Agency'],
    [
      'the United Nations Economic Commission for Africa (ECA) met',
      'ECA',
      'United Nations Economic Commission for Africa',
    ],
    ['the African Union Peace Fund (PF) paid', 'PF', 'African Union Peace Fund'],
    ['the Economic Commission for Andean Rivers (ECAR) met', 'ECAR', 'Economic Commission for Andean Rivers'],
    ['the Lusophone Council Against Hunger (CLCF) met', 'CLCF', 'Lusophone Council Against Hunger'],
    ['Staff of the Coastal Refugee Agency (UNCRA) came', 'UNCRA', 'Coastal Refugee Agency'],
    [
      'run by its École d’Hydraulique et du Littoral (EHL) since May',
      'EHL',
      'École d’Hydraulique et du Littoral',
    ],
    [
      'restored by the Agence pour la Sauvegarde de la Ville de Tarvès (ASV-Tarvès) in May',
      'ASV-Tarvès',
      'Agence pour la Sauvegarde de la Ville de Tarvès',
    ],
  ])('finds the long form of the short form: %s', (text, short, long) => {
    const [definition] = findAcronymDefinitions(text);
    expect(definition?.short).toBe(short);
    expect(definition?.long).toBe(long);
    expect(definition?.isName).toBe(true);
    expect(text.slice(definition?.longStart, definition?.longEnd)).toBe(long);
  });

  it('marks a lower-case phrase with an elided article as no name', () => {
    const [definition] = findAcronymDefinitions('The soils are rich in d’iron and lime oxides (DILO).');
    expect(definition?.isName).not.toBe(true);
  });

  it('marks a definition by a common noun phrase as no name', () => {
    const [definition] = findAcronymDefinitions('They signed two memorandums of understanding (MOUs).');
    expect(definition?.isName).toBe(false);
  });

  it.each([
    ['a region code after a place', 'Tema (VR), May 2'],
    ['a percentage', 'zinc (8%) and lead'],
    ['a lower-case aside', 'the school (main campus)'],
    ['an all-capital word after a name of one word', 'the Agency (KTX) said'],
    ['an all-capital word after no organization word', 'the Blue Horizon Cruise (BHX) sailed'],
    ['a one-word name after no organization word', 'the Blue Horizon Cruise (Horizona) sailed'],
  ])('defines nothing for %s', (_case, text) => {
    expect(findAcronymDefinitions(text)).toEqual([]);
  });

  it.each([
    [
      "a short form in the organization's own language, letters inside its words",
      'the National Institute of Statistics (INE) said',
      'National Institute of Statistics',
    ],
    [
      'an exchange named in English, its short form in Portuguese',
      'traded on the Grain Exchange of Tembe (BGT) on Monday',
      'Grain Exchange of Tembe',
    ],
    [
      'a commissariat named in English, its short form in French',
      'the Regional Commissariat for Fisheries (CRP) of Osk',
      'Regional Commissariat for Fisheries',
    ],
    [
      'a short form in another language whose letters run into the words before the name',
      'They are granted by the Osk Agency for International Development Cooperation (AOSCID) each year.',
      'Osk Agency for International Development Cooperation',
    ],
    [
      'a system named in English, its short form in Spanish',
      'Delegates of the Andean Integration System (SAI) were present.',
      'Andean Integration System',
    ],
    [
      'a short form that leaves out the head before "of"',
      'funded by the Ministry of Development of Upland Districts (DoUD) this year',
      'Ministry of Development of Upland Districts',
    ],
    [
      'a short form that leaves out the head before "for", and the name before the head',
      'The Kessel Department for Water Affairs (WA) paid.',
      'Kessel Department for Water Affairs',
    ],
    [
      'initials in order still match by letters',
      'the World Fisheries Organization (WFO) said',
      'World Fisheries Organization',
    ],
  ])('takes the whole name for %s', (_case, text, long) => {
    expect(findAcronymDefinitions(text)[0]?.long).toBe(long);
  });

  it.each([
    [
      'words joined by "and" to the head, after "the"',
      'funded by the Kessu Trade and Investment Bank (KTIB) and others',
      'Kessu Trade and Investment Bank',
    ],
    [
      'words joined by "and", the short form in another language',
      'loans from the Tarvel Development and Export Bank (TKEB) rose',
      'Tarvel Development and Export Bank',
    ],
    [
      'words joined by "and", a one-word short name',
      'the Orvo General Power and Water Corporation (Orvaqua) said',
      'Orvo General Power and Water Corporation',
    ],
  ])('takes the words before "and" into the name for %s', (_case, text, long) => {
    expect(findAcronymDefinitions(text)[0]?.long).toBe(long);
  });

  it.each([
    ['one word before "and"', 'the Netherlands and Kessu Water Board (Kewabo) said', 'Kessu Water Board'],
    [
      'a head of its own before "and"',
      'the Acme Trade Group and Kessu Water Board (Kewabo) said',
      'Kessu Water Board',
    ],
    ['no article before the words', 'Tarvel Mining and Kessu Water Board (Kewabo) said', 'Kessu Water Board'],
  ])('leaves the words before "and" out for %s', (_case, text, long) => {
    expect(findAcronymDefinitions(text)[0]?.long).toBe(long);
  });

  it.each([
    ['the Andean Wire Agency (Telandes) said', 'Telandes', 'Andean Wire Agency'],
    ['funded by the Baltic Fisheries Board (Kalanda) and', 'Kalanda', 'Baltic Fisheries Board'],
    ['a grant from the Kessel Centre for Research (Kesrann) and', 'Kesrann', 'Kessel Centre for Research'],
  ])('takes a one-word name after an organization as its short name: %s', (text, short, long) => {
    const [definition] = findAcronymDefinitions(text);
    expect(definition?.short).toBe(short);
    expect(definition?.long).toBe(long);
  });
});

describe('findAcronymDefinitions, what is no long form', () => {
  it.each([
    ['an accented capital', 'Engineers from Énergie du Tarvel (EDT) will help.', 'EDT', 'Énergie du Tarvel'],
  ])('takes %s: %s', (_phenomenon, text, short, long) => {
    expect(findAcronymDefinitions(text)).toMatchObject([{ short, long }]);
  });

  it.each([
    ['a dateline before a credit', 'Tarvel, March 10, 2026 (TNA) – The deal was signed.'],
    ['a dateline with the day first', 'Tarvel, 10 March 2026 (TNA) – The deal was signed.'],
    ['a sentence before a credit', 'The deal was signed on Monday. (TNA)\nThe next story.'],
  ])('finds none in %s: %s', (_phenomenon, text) => {
    expect(findAcronymDefinitions(text)).toEqual([]);
  });
});

describe('findAcronymDefinitions: a head the short form leaves out', () => {
  it.each([
    ['after a title, no organization word', 'the Minister of Upland Roads (UR) said', 'Upland Roads'],
    ['after an event word', 'the Festival of Upland Arts (UA) opened', 'Upland Arts'],
  ])('is taken in only when it is an organization word: %s', (_case, text, long) => {
    expect(findAcronymDefinitions(text)[0]?.long).toBe(long);
  });
});

describe('findAcronymDefinitions: a short form of a name in its own language', () => {
  it.each([
    [
      'a head written first, letters of the name in another order',
      'organised with the Agence de Promotion des Exportations du Tarvo (ASEPTA). Exporters came.',
      'ASEPTA',
      'Agence de Promotion des Exportations du Tarvo',
    ],
    [
      'a short form in mixed case whose capitals are the initials',
      'a researcher at the University of Tarvo (UdeT), has won',
      'UdeT',
      'University of Tarvo',
    ],
  ])('defines %s: %s', (_phenomenon, text, short, long) => {
    expect(findAcronymDefinitions(text)).toMatchObject([{ short, long }]);
  });

  it('a degree in mixed case after a university defines nothing', () => {
    expect(findAcronymDefinitions('a doctorate from the University of Tarvo (PhD) in 2010')).toEqual([]);
  });
});

describe('findAcronymDefinitions: a short form in lower case', () => {
  it('defines a name of two words it opens', () => {
    const [definition] = findAcronymDefinitions(
      'A loan came from Tarvo Wirtschaftshilfe (twh), the state bank.',
    );
    expect(definition?.long).toBe('Tarvo Wirtschaftshilfe');
    expect(definition?.short).toBe('twh');
  });

  it.each([
    ['a unit after a measure', 'The trail is 12 Kessel Miles (km) long.'],
    ["a unit's symbol", 'Output is counted in Kessel Megawatts (mw) now.'],
    ['a name of one word', 'They thanked Orvana (ov) for it.'],
    ['a lower-case aside', 'the Orvo Hall (old one) opened'],
  ])('defines nothing for %s: %s', (_case, text) => {
    expect(findAcronymDefinitions(text)).toEqual([]);
  });
});
