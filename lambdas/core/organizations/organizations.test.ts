import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('companies named with a legal form', () => {
  it.each([
    [
      'a Swedish form',
      'The plant was built by the contractor Brunnby Kraft AB, whose staff work in Oslo.',
      'Brunnby Kraft AB',
    ],
    [
      'a Danish form with a slash',
      'The turbines were built by Norrvik Energi A/S last year.',
      'Norrvik Energi A/S',
    ],
    ['a Norwegian form', 'Talks with Tindra Shipping ASA ended on Friday.', 'Tindra Shipping ASA'],
    ['a Finland-Swedish form', 'The utility Kimo Fjärrvärme Ab was sold on Friday.', 'Kimo Fjärrvärme Ab'],
    [
      'two forms coordinated',
      'Talks with Tindra Shipping ASA and Holmgard Invest AS ended.',
      'Holmgard Invest AS',
    ],
    ['a Czech form in lower case', 'Talks with Vltava Grid a.s. ended on Monday.', 'Vltava Grid a.s.'],
    ['a Slovenian form in lower case', 'Lipa d.o.o. signed the supply deal.', 'Lipa d.o.o.'],
    [
      'a German association',
      'The work was funded by Waldfreunde Kassel e.V. this year.',
      'Waldfreunde Kassel e.V.',
    ],
    [
      'a Malaysian pair of forms',
      'The supplier, Penang Precision Sdn Bhd, delivered the parts.',
      'Penang Precision Sdn Bhd',
    ],
    [
      'an Indonesian form on both sides',
      'It opened an office with PT Sinar Laut Tbk in May.',
      'PT Sinar Laut Tbk',
    ],
    ['a Japanese form', 'Maruyama Shoji K.K. joined the consortium.', 'Maruyama Shoji K.K.'],
    [
      '"Co., Ltd." after the name',
      'Daehan Trading Co., Ltd. joined the consortium.',
      'Daehan Trading Co., Ltd.',
    ],
    [
      'an Italian dotted form',
      'Vettori Costruzioni S.p.A. signed a memorandum.',
      'Vettori Costruzioni S.p.A.',
    ],
    ['a German form before the full stop', 'The order went to Zurcher Rohr AG.', 'Zurcher Rohr AG'],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.people)).not.toContain(name);
  });

  it.each([
    [
      'later used without its form',
      'Its utility, Lahden Vesi Oy, signed the deal. Lahden Vesi said costs would fall.',
      'Lahden Vesi Oy',
      'Lahden Vesi',
    ],
    [
      'without its form inside a title',
      'Anna Berg, managing director of Kivi Lämpö, spoke. Kivi Lämpö Oy runs the plant.',
      'Kivi Lämpö Oy',
      'Kivi Lämpö',
    ],
  ])('%s: %s', (_phenomenon, text, name, alias) => {
    const entities = entitiesOf(text);
    expect(entities.organizations.find((o) => o.name === name)?.aliases).toContain(alias);
    expect(namesOf(entities.people)).not.toContain(alias);
  });

  it.each([
    ['a common word in lower case', 'Jane Doe spoke as chair of the meeting.'],
    ['a pronoun in capitals is no form', 'Marta Lind and Peter Holm met in Oslo.'],
  ])('no company from %s: %s', (_phenomenon, text) => {
    expect(entitiesOf(text).organizations).toEqual([]);
  });
});

describe('organizations headed by a word written first', () => {
  it.each([
    ['Malay', 'About 40 students of Universiti Teknologi Brunei signed up.', ['Universiti Teknologi Brunei']],
    [
      'Spanish and Portuguese, coordinated',
      'Researchers from the Universidad Nacional de Cuyo and Universidade Federal do Pará joined.',
      ['Universidad Nacional de Cuyo', 'Universidade Federal do Pará'],
    ],
    [
      'Italian, with "di"',
      'It was funded by the Istituto Nazionale di Ricerca.',
      ['Istituto Nazionale di Ricerca'],
    ],
    [
      'Malay and Indonesian government heads',
      'Delegates from Kementerian Pelancongan Sabah and Yayasan Budaya Riau attended.',
      ['Kementerian Pelancongan Sabah', 'Yayasan Budaya Riau'],
    ],
    [
      'local governments in Spanish, Portuguese and Italian',
      'Funds came from the Municipalidad Provincial de Tarvo, the Prefeitura de Kessu and the Comune di Orvela.',
      ['Municipalidad Provincial de Tarvo', 'Prefeitura de Kessu', 'Comune di Orvela'],
    ],
    [
      'unions, leagues and clubs',
      'The Sindicato Nacional de Pescadores and the Clube Náutico Orvela backed the regatta.',
      ['Sindicato Nacional de Pescadores', 'Clube Náutico Orvela'],
    ],
    [
      'Indonesian regional agencies',
      'Staff of the Dinas Kesehatan Kabupaten Tarvo and Badan Statistik Kessu took part.',
      ['Dinas Kesehatan Kabupaten Tarvo', 'Badan Statistik Kessu'],
    ],
    [
      'a fund and a hospital in Spanish',
      'Books came from the Fondo de Cultura Andina and doctors from the Hospital Civil de Tarvo.',
      ['Fondo de Cultura Andina', 'Hospital Civil de Tarvo'],
    ],
    [
      'publishing houses in Spanish and Portuguese',
      'The novel was published by Editorial Kuntur Libros and by Edições Orvela.',
      ['Editorial Kuntur Libros', 'Edições Orvela'],
    ],
  ])('%s: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });

  it('a head written first opens no name before a title and a person', () => {
    const entities = entitiesOf('Editorial Director Ana Lima opened the fair.');
    expect(entities.organizations).toEqual([]);
    expect(namesOf(entities.people)).toEqual(['Ana Lima']);
  });

  it('a head written first before a street word names the street', () => {
    const entities = entitiesOf('The clinic is on Hospital Road in Tarvo.');
    expect(entities.organizations).toEqual([]);
  });

  it('a head written first in lower case opens no name', () => {
    expect(entitiesOf('She teaches at a small escuela in Lima.').organizations).toEqual([]);
  });
});

describe('firms named for their profession', () => {
  it.each([
    ['advisors', 'Kessel Foods was advised by Orvo Ridge Advisors.', 'Orvo Ridge Advisors'],
    [
      'architects written in Croatian',
      'It was designed by the studio Vranić Arhitekti from Split.',
      'Vranić Arhitekti',
    ],
    ['architects written in Danish', 'The hall is the work of Tarvo Arkitekter.', 'Tarvo Arkitekter'],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it('not the profession alone: Architects and advisors met.', () => {
    expect(entitiesOf('Architects and Advisors met in the hall on Monday.').organizations).toEqual([]);
  });
});

describe('organization names with a series of fields', () => {
  it.each([
    [
      'after an adjective before the head',
      'The Andean Institute of Rivers, Lakes and Wetlands published the data.',
      'Andean Institute of Rivers, Lakes and Wetlands',
    ],
    [
      "after a country's possessive",
      "Officials from Kenya's Ministry of Trade, Investments and Industry attended.",
      'Ministry of Trade, Investments and Industry',
    ],
    [
      'with whose it is after the series',
      'It was organised with the Ministry of Youth, Sports and Culture of Ghana.',
      'Ministry of Youth, Sports and Culture of Ghana',
    ],
    [
      'after a title word that qualifies the head',
      'According to the Oyo State Chamber of Commerce, Trade, Mines and Tourism, exports rose.',
      'Oyo State Chamber of Commerce, Trade, Mines and Tourism',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    [
      'places after the name',
      'The Bank of Ghana, Nigeria and Kenya sent teams.',
      'Bank of Ghana',
      ['Nigeria', 'Kenya'],
    ],
    [
      'people after the name',
      'The Institute of Physics, Jane Doe and Ravi Kumar spoke.',
      'Institute of Physics',
      [],
    ],
  ])('no series from %s: %s', (_phenomenon, text, name, places) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    for (const place of places) expect(namesOf(entities.locations)).toContain(place);
  });
});

describe('short forms in another language after the name', () => {
  it.each([
    [
      'a head first in the short form, an adjective first in the name',
      'The Andean Institute of Rivers, Lakes and Wetlands (IAHRL) will host it. IAHRL said so.',
      'Andean Institute of Rivers, Lakes and Wetlands',
      'IAHRL',
    ],
    [
      'the head last in the name',
      'The French Development Agency (AFD) funded it. AFD was pleased.',
      'French Development Agency',
      'AFD',
    ],
  ])('%s: %s', (_phenomenon, text, name, alias) => {
    expect(entitiesOf(text).organizations).toEqual([{ name, aliases: [alias] }]);
  });
});

describe('short forms of an organization named in full', () => {
  it.each([
    [
      'the words before "de"',
      "The workshop was hosted by the Universidad Sur de Chile. The group visited the Universidad Sur's library.",
      'Universidad Sur de Chile',
      'Universidad Sur',
    ],
    [
      'a one-word contraction defined in parentheses',
      'The Eastern Trade and Development Bank (Eastradebank) will guarantee it. Eastradebank said in a statement that it agreed.',
      'Eastern Trade and Development Bank',
      'Eastradebank',
    ],
  ])('%s: %s', (_phenomenon, text, name, alias) => {
    expect(entitiesOf(text).organizations).toEqual([{ name, aliases: [alias] }]);
  });

  it.each([
    [
      'a wire service with its own one-word name',
      'The forum is run by the Andean Wire Agency (Telandes). Telandes said 40 editors came.',
      'Andean Wire Agency',
      'Telandes',
    ],
    [
      'an acronym in the language of the organization',
      'Editors of the Khmer Press Agency (SKP) attended. SKP sent four.',
      'Khmer Press Agency',
      'SKP',
    ],
  ])('%s: %s', (_phenomenon, text, name, alias) => {
    expect(entitiesOf(text).organizations).toEqual([{ name, aliases: [alias] }]);
  });

  it('a place in parentheses after a name is no short name', () => {
    const text = 'The grant went to the National Health Agency (Kenya). Kenya has 47 counties.';
    expect(entitiesOf(text).organizations[0]).toEqual({ name: 'National Health Agency', aliases: [] });
  });

  it('a name in parentheses that is no contraction stays apart', () => {
    const text = 'The contract went to the Northern Harbour Authority (Reuters) on Monday.';
    expect(entitiesOf(text).organizations[0]).toEqual({ name: 'Northern Harbour Authority', aliases: [] });
  });
});

describe('missions and institutions of a country', () => {
  it.each([
    [
      'an embassy with its seat',
      'On Thursday the Embassy of the Republic of Korvia in Portugal opened a film week.',
      'Embassy of the Republic of Korvia in Portugal',
    ],
    [
      'a consulate general with its seat',
      'The Consulate General of Peru in Hamburg issued a statement.',
      'Consulate General of Peru in Hamburg',
    ],
    [
      'a museum of a country that lends',
      'The show includes robes lent by the National Museum of Estonia.',
      'National Museum of Estonia',
    ],
    [
      'an embassy with a seat named with its article',
      'The Embassy of Orvania in the Republic of Kelmor and Vasta gave the prizes.',
      'Embassy of Orvania in the Republic of Kelmor and Vasta',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual([name]);
  });

  it.each([
    [
      'a mission also named without its seat',
      'The Embassy of Peru in Ghana held a fair. The Embassy of Peru thanked the guests.',
      { name: 'Embassy of Peru in Ghana', aliases: ['Embassy of Peru'] },
    ],
    [
      "a ministry also named with its country's adjective",
      'The Ministry of Culture of Hungary lent the paintings. The Hungarian Ministry of Culture will also send icons.',
      { name: 'Ministry of Culture of Hungary', aliases: ['Hungarian Ministry of Culture'] },
    ],
    [
      "a mission also named with its country's adjective",
      'The Embassy of the Republic of Chile in Ghana gave the awards. The Chilean Embassy thanked the guests.',
      { name: 'Embassy of the Republic of Chile in Ghana', aliases: ['Chilean Embassy'] },
    ],
  ])('one body under two names, %s', (_phenomenon, text, organization) => {
    expect(entitiesOf(text).organizations).toEqual([organization]);
  });

  it.each([
    ['a place after "in" with no mission', 'The Ministry of Culture in Lisbon opened it.', 'Lisbon'],
    ['a district named after a mission', 'She lives in the Embassy district in Lisbon.', 'Lisbon'],
  ])('%s keeps its place: %s', (_phenomenon, text, place) => {
    expect(namesOf(entitiesOf(text).locations)).toContain(place);
  });
});

describe('names known from the words around them', () => {
  it.each([
    [
      'a participle that makes a place a modifier',
      'Lumo Pay, a unit of the Lima-listed Andes Finanzas Holdings, said it would expand.',
      'Andes Finanzas Holdings',
    ],
    [
      'a "-based" modifier',
      'The grant went to the Oslo-based Nordlys Foundation this week.',
      'Nordlys Foundation',
    ],
    ['a lender named by its trade', 'Chilean digital lender Quintral on Monday launched a loan.', 'Quintral'],
    [
      'a museum in apposition that acts',
      'The Kelpieworks, a new museum of river trade, opened its doors on Saturday.',
      'Kelpieworks',
    ],
    ['a hyphenated organization noun', 'Coolers came from the Quito start-up Frio Andino.', 'Frio Andino'],
    [
      'the owner of a headquarters',
      'The week opened at the headquarters of Casa Verde in Lima.',
      'Casa Verde',
    ],
    ['the parent of a subsidiary', 'Lumo Pay is a subsidiary of Quintral on the coast.', 'Quintral'],
    [
      'a name that goes on through "de las"',
      'The show is organised by Casa de las Artes Andinas in Quito.',
      'Casa de las Artes Andinas',
    ],
    [
      'a body before a number, no noun after it',
      'The board of Orvo Holdings 2.0 met in May.',
      'Orvo Holdings',
    ],
    [
      'a Dutch name with "aan de", after the noun "association"',
      'The festival is organised by the non-profit association Jazz aan de Schelde with the city.',
      'Jazz aan de Schelde',
    ],
    [
      'a company after the noun of its trade',
      'Its software runs at sites of grocery wholesaler Kessel Fresh Distribution and the carrier Orvo Freight.',
      'Kessel Fresh Distribution',
    ],
    [
      'a troupe of performers',
      'The evening closed with the Bergen Shadow Puppet Troupe on stage.',
      'Bergen Shadow Puppet Troupe',
    ],
    [
      'a body whose name holds a route',
      'The Kessu Route Operators Association (KROA) said fares would rise.',
      'Kessu Route Operators Association',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    ['a modifier of a place', 'The Oslo-based team flew home.', 'Oslo-based'],
    ['a venue after "of"', 'He spoke in the courtyard of Casa Verde in Lima.', 'Casa Verde'],
    [
      'a joint statement',
      'The ministers adopted the Lusaka Joint Statement on trade.',
      'Lusaka Joint Statement',
    ],
    [
      'an economic corridor defined with its acronym',
      'Trade grew along the Andes-Pacific Economic Corridor (APEC) last year.',
      'Andes-Pacific Economic Corridor',
    ],
    [
      'a transport route defined with its acronym',
      'Freight along the Trans-Tarvel Multimodal Transport Route (TTMR) doubled.',
      'Trans-Tarvel Multimodal Transport Route',
    ],
    [
      'a programme named with its version',
      'The ministry will fund its Kessel Harbour Care 3.0 plan next year.',
      'Kessel Harbour Care',
    ],
    [
      'a title before a name',
      'Kwara State Governor Musa Bello opened it.',
      'Kwara State Governor Musa Bello',
    ],
  ])('no organization from %s: %s', (_phenomenon, text, name) => {
    const names = namesOf(entitiesOf(text).organizations);
    expect(names).not.toContain(name);
  });
});

describe('a person after the noun of a trade', () => {
  it('stays a person: Prices rose, fruit wholesaler Ana Lima said.', () => {
    const entities = entitiesOf('Prices rose, fruit wholesaler Ana Lima said.');
    expect(entities.organizations).toEqual([]);
    expect(namesOf(entities.people)).toEqual(['Ana Lima']);
  });
});

describe('acronyms named by the words around them', () => {
  it.each([
    ['a news agency', "Editors from Chile's KORA news agency attended.", 'KORA'],
    ['a group', 'Shares of the ZETA group rose.', 'ZETA'],
    ['a wire credit of three letters after the date', 'QUITO, May 2, 2026 (XNA): The fair opened.', 'XNA'],
    [
      "an agency ending the dateline's line",
      'Tarvel, October 14, KESSPRESS\n\nThe fair opened in Tarvel on Tuesday with 40 stands.',
      'KESSPRESS',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    ['a kind of firm after "an"', 'She founded an ICT firm in Quito.', 'ICT'],
    ['a plural noun after it', 'Several SME lenders attended.', 'SME'],
    ['a region code after a place', 'Tema (VR), May 2: The fair opened.', 'VR'],
    [
      'a word in capitals after a date within the line',
      'On October 14, KELMORA opened the fair.\n\nIt ran for three days.',
      'KELMORA',
    ],
    [
      'a place in capitals ending the line',
      'Opened on May 2, 2026, LISBON\n\nThe fair ran for days.',
      'LISBON',
    ],
  ])('not from %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });

  it('keeps an organ of a body apart from the body', () => {
    const text = 'The ZAMU Secretariat drafted the plan. ZAMU said in a statement that it agreed.';
    expect(namesOf(entitiesOf(text).organizations)).toEqual(['ZAMU Secretariat', 'ZAMU']);
  });
});

describe('a unit of a university or a broadcaster named by its head word', () => {
  it.each([
    [
      'a faculty',
      'Ana Lima, Dean of the Faculty of Marine Sciences at the University of Tarvel, spoke.',
      'Faculty of Marine Sciences',
    ],
    [
      'a broadcaster',
      'The final was shown live by the Kessu Public Broadcaster.',
      'Kessu Public Broadcaster',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it('not the word alone: The Faculty met on Monday.', () => {
    expect(namesOf(entitiesOf('The Faculty met on Monday to vote.').organizations)).toEqual([]);
  });
});
