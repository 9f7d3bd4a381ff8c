import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';

const speakersOf = (text: string) => extract(text).quotes.map((quote) => [quote.speaker, quote.text]);

const OPENING =
  'Health Minister Grace Nyambura opened the centre on Monday. Professor Lars Eklund said the centre had taken four years to build.';

describe('"the <lower-case title>" opening a sentence names the person with that title', () => {
  it.each([
    [
      'a qualified title before a coordinated speech verb',
      `${OPENING} The health minister praised the builders and said that the centre would open in May.`,
      ['Grace Nyambura', 'the centre would open in May'],
    ],
    [
      'a pronoun after the described speaker points back to her',
      `${OPENING} The minister praised the builders and said that the centre would open in May. She urged donors to give more.`,
      ['Grace Nyambura', 'donors to give more'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });

  it('a title nobody holds resolves to nobody', () => {
    const text = `${OPENING} The mayor praised the builders and said that the centre would open in May.`;
    const speakers = speakersOf(text).map(([speaker]) => speaker);
    expect(speakers).not.toContain('Grace Nyambura');
  });
});

describe('"according to the <noun>" names the organization with that word in its name', () => {
  it.each([
    [
      'a head written first',
      'The fair was organized by the Embassy of Peru in Ghana with local partners. According to the embassy, more than 900 visitors came on the first day.',
      ['Embassy of Peru in Ghana', 'more than 900 visitors came on the first day'],
    ],
    [
      "the release's own organization over another one named paragraphs before",
      [
        'The Harbourlight Foundation held its annual dinner in Northport on Friday.',
        'The dinner was hosted by the Harbourlight Foundation with the Nordic Lung Foundation as a partner.',
        'The Nordic Lung Foundation announced that it would fund two research posts at the university hospital.',
        'Guests from the shipping industry, the city council and several schools bid for lots in a silent auction that ran through the evening and closed after the speeches, with paintings, boat trips and dinners among the most sought after lots of the night.',
        'A choir from the cathedral school sang before the speeches, and the evening ended with a short film about the first patients the programme had helped since it began.',
        'According to the foundation, the dinners have raised 40 million kroner since 2012.',
        'Media contact: Harbourlight Foundation.',
      ].join('\n\n'),
      ['Harbourlight Foundation', 'the dinners have raised 40 million kroner since 2012'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });

  it('the other organization when it was just talked about', () => {
    const text = [
      'The Harbourlight Foundation held its annual dinner in Northport on Friday.',
      'The dinner was hosted by the Harbourlight Foundation with the Nordic Lung Foundation as a partner.',
      'The Nordic Lung Foundation announced a new grant. According to the foundation, the grant will fund two research posts.',
    ].join('\n\n');
    expect(speakersOf(text)).toContainEqual([
      'Nordic Lung Foundation',
      'the grant will fund two research posts',
    ]);
  });
});

describe('an organization described by an appositive is the subject, not the one inside it', () => {
  it.each([
    [
      'a subsidiary of a listed group',
      'Kenyan lender Norvale Credit Ltd launched a loan. Norvale Credit Ltd, a subsidiary of the Nairobi-listed Acme Holdings, said farmers would qualify.',
      ['Norvale Credit Ltd', 'farmers would qualify'],
    ],
    [
      '"the company said" after it',
      'Norvale Credit Ltd, a unit of Acme Holdings, said farmers would qualify. Interest will be charged monthly, the company said.',
      ['Norvale Credit Ltd', 'Interest will be charged monthly'],
    ],
    [
      'no appositive: a name before a comma opens another clause',
      'Acme Holdings Ltd signed the deal. After talks with Acme Holdings Ltd, Norvale Credit Ltd said it would expand.',
      ['Norvale Credit Ltd', 'it would expand'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });
});

describe('"The <capitalized title>" names the person who holds the whole title', () => {
  const MEETING =
    'Minister Sabina Kareem arrived on Monday. Later, Kareem met Prime Minister Hari Lal Shrestha at his office.';
  it.each([
    [
      'a two-word title held by a person named only as an object',
      `${MEETING} The Prime Minister said the talks had gone well.`,
      ['Hari Lal Shrestha', 'the talks had gone well'],
    ],
    [
      'the same title in lower case',
      `${MEETING} The prime minister said the talks had gone well.`,
      ['Hari Lal Shrestha', 'the talks had gone well'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });

  it('a call on someone without a "to" clause is a visit, not speech', () => {
    const visit = 'Minister Sabina Kareem called on Prime Minister Hari Lal Shrestha at his office.';
    expect(speakersOf(visit)).toEqual([]);
  });

  it('a call on someone to act is speech', () => {
    expect(speakersOf(`${MEETING} Kareem called on donors to fund the line.`)).toContainEqual([
      'Sabina Kareem',
      'donors to fund the line',
    ]);
  });
});

describe('a title with commas of its own, set off before an honorific and the name', () => {
  const opening =
    'The talks were opened by the Minister of Ports, Roads and Bridges, Eng. Sione Tupou Lavaka, in the presence of guests.';
  it.each([
    [
      'after a passive "by"',
      `${opening} The minister said that the wharf would reopen in June.`,
      ['Sione Tupou Lavaka', 'the wharf would reopen in June'],
    ],
    [
      'after a list of guests',
      'The fair opened in the presence of the Governor of the Eastern Province, Dr. Mele Funaki, and 40 guests. The governor said that trade had doubled.',
      ['Mele Funaki', 'trade had doubled'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });

  it('a time phrase before the title is no title', () => {
    const text =
      'After the Summit of the Pacific, Ports and Roads, Sione Tupou Lavaka flew home. The minister said that the wharf would reopen.';
    expect(speakersOf(text).map(([speaker]) => speaker)).not.toContain('Sione Tupou Lavaka');
  });
});

describe('a title set off before an honorific written without a full stop', () => {
  it.each([
    [
      '"Dr" in British style',
      'Opening the clinic, the Deputy Minister of Water, Dr Halvard Ostrem, said the wells were ready. The deputy minister noted that the dry season had started early.',
      ['Halvard Ostrem', 'the dry season had started early'],
    ],
    [
      '"Prof" after a passive "by"',
      'The fund was launched by the Mayor of the South West District, Prof Rosalind Teo, on Sunday. The mayor said that 40 families had signed up.',
      ['Rosalind Teo', '40 families had signed up'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });

  it('a capitalized word that is no honorific keeps the comma from reading as a title', () => {
    const text =
      'At the opening of the Port of Ravel, Drummond Kettering met donors. The port director said that the quay would open.';
    expect(speakersOf(text).map(([speaker]) => speaker)).not.toContain('Drummond Kettering');
  });
});
