import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { nounFitsOrganization, nounHeadsNames } from './speaker-organization-nouns.ts';

describe('nounFitsOrganization', () => {
  it.each<[string, string, string, boolean]>([
    ['a business noun for a company', 'company', 'Tarvel Mining ASA', true],
    ['a business noun for a company named without a legal form', 'firm', 'Orvane Robotics', true],
    ['a business noun for an institute', 'company', 'Technical Institute of Braga', false],
    ['a business noun for a ministry', 'firm', 'Ministry of Trade', false],
    ['a general noun for an institute', 'organization', 'Technical Institute of Braga', true],
    ['a noun for a body for a body of that kind', 'ministry', 'Ministry of Trade', true],
    ['a head noun for a body named with another head', 'council', 'Lake Kivu Trust', false],
    ['a head noun for a name in another language', 'university', 'Universidad de Cuyo', true],
    ['a head noun for a name in another language', 'ministry', 'Ministerio de Cultura', true],
    ['a noun that describes bodies named otherwise', 'agency', 'World Food Programme', true],
    ['a business noun for a bureau', 'company', 'Bureau of Mines and Quarries', false],
    ['a business noun for a foundation in another language', 'company', 'Fundación Lluvia A.C.', false],
    ['a business noun for a company with a foreign legal form', 'company', 'Brekka Herramientas S.A.', true],
  ])('%s', (_case, noun, name, expected) => {
    expect(nounFitsOrganization(noun, name)).toBe(expected);
  });
});

describe('nounHeadsNames', () => {
  it.each<[string, boolean]>([
    ['forum', true],
    ['trust', true],
    ['council', true],
    ['company', false],
    ['firm', false],
    ['group', false],
    ['organisers', false],
    ['mayor', false],
  ])('%s', (noun, expected) => {
    expect(nounHeadsNames(noun)).toBe(expected);
  });
});

const speakersOf = (text: string) => extract(text).quotes.map((quote) => [quote.speaker, quote.text]);

describe('"the <noun>" speaks for the organization of that kind talked about last', () => {
  it.each<[string, string, [string, string]]>([
    [
      '"the company" after an institute spoke is the company',
      'Tarvel Mining ASA opened a mill on Monday. Tarvel has signed a deal with the Technical Institute of Braga (TIB). TIB president Ana Lopes said the first students would start in May. The company also announced that it would buy local pine.',
      ['Tarvel Mining ASA', 'it would buy local pine'],
    ],
    [
      '"the charity" after the statement',
      'The Green Shores Foundation held a sweep on Monday. More than 300 volunteers took part, the charity said.',
      ['Green Shores Foundation', 'More than 300 volunteers took part'],
    ],
    [
      '"the start-up" after the statement',
      'Brightwave Labs Inc. opened an office in Kigali on Monday. It would hire 40 engineers, the start-up said.',
      ['Brightwave Labs Inc.', 'It would hire 40 engineers'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });

  it('"the company" with only a public body talked about names nobody', () => {
    const text =
      'The Ministry of Trade opened a fair on Monday. The company also announced that it would buy local pine.';
    expect(speakersOf(text).map(([speaker]) => speaker)).not.toContain('Ministry of Trade');
  });
});

describe('sources that name no single body', () => {
  it.each([
    [
      '"according to the city council" is the council named before',
      'The run was organised by the Lake Trust with the Kessel City Council. Some 5,000 people lined the route, according to the city council.',
      [['Kessel City Council', 'Some 5,000 people lined the route']],
    ],
    [
      '"the council" is no trust',
      'The run was organised by the Lake Trust. Some 5,000 people lined the route, according to the council.',
      [],
    ],
    [
      '"the Embassy said" is the embassy, not a person whose title names it',
      'Celia Ramdath, an official of the embassy, thanked the guests. The Embassy of Tembe in Kessel hosted the ceremony. The next round will open in January, the Embassy said.',
      [['Embassy of Tembe in Kessel', 'The next round will open in January']],
    ],
    [
      '"the organisers said" after a name names a group, not the name before the comma',
      'More than 300 runners finished at Kessel General Hospital, the organisers said.',
      [],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
