import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/entities.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';
import { portfolioLength } from './person-portfolios.ts';

function entitiesOf(text: string) {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text));
}

function peopleOf(text: string): string[] {
  return entitiesOf(text).people.map((person) => person.name);
}

describe('the name after a portfolio is kept whole', () => {
  it.each([
    [
      'a Spanish double surname after a portfolio',
      'Chilean Minister of Culture Rosa Ibarra Quintana opened the fair.',
      'Rosa Ibarra Quintana',
    ],
    [
      'a portfolio of two words after "and"',
      'Minister for Trade and Foreign Affairs Syed Imran Qadri attended the launch.',
      'Syed Imran Qadri',
    ],
    [
      'a two-word name after a portfolio',
      'Minister of Health Grace Ochieng toured the ward.',
      'Grace Ochieng',
    ],
    [
      'a field named by an abstract noun, not a listed portfolio word',
      'Director General of Rural Engineering and Water Exploitation Amina Belhaj announced the plan.',
      'Amina Belhaj',
    ],
    [
      'the last fields of a list cut at its "and"',
      'Minister of Agriculture, Livestock, Fisheries and Biosecurity Tomas Kalsakau said the reef was closed.',
      'Tomas Kalsakau',
    ],
    [
      'a given name shaped like a field, after "and" joining two names',
      'The prize went to Ruth Okoro and Trinity Mensah of the rowing club.',
      'Trinity Mensah',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(peopleOf(text)).toContain(name);
  });

  it.each([
    [
      'no portfolio word: an organization before the name',
      'The Chairman of Norvale Holdings Jane Doe attended.',
      'Norvale Holdings Jane Doe',
    ],
    [
      'the portfolio is no part of the name',
      'Minister of Culture Rosa Ibarra Quintana spoke.',
      'Culture Rosa',
    ],
  ])('%s: %s', (_case, text, wrong) => {
    expect(peopleOf(text).some((name) => name.includes(wrong))).toBe(false);
  });
});

describe('portfolioLength', () => {
  it.each([
    [['Foreign', 'Affairs', 'Ana', 'Lima'], 2],
    [['Culture', 'Rosa', 'Ibarra', 'Quintana'], 1],
    [['Norvale', 'Holdings', 'Jane', 'Doe'], 0],
  ])('%j', (words, expected) => {
    expect(portfolioLength(words, 0)).toBe(expected);
  });
});

describe('the place of a post is cut from the name after it', () => {
  it('splits "Embassy in <place> <name>"', () => {
    const found = entitiesOf(
      'First Secretary of the Korean Embassy in Nairobi Choi Min-jung was also present.',
    );
    expect(found.people.map((person) => person.name)).toContain('Choi Min-jung');
    expect(found.locations.map((place) => place.name)).toContain('Nairobi');
  });

  it.each([
    ['no title before the place', 'The office in Paris Saint Germain opened last week.', 'Saint Germain'],
    ['a one-word tail', 'The Consul in Lima Monday said nothing.', 'Monday'],
  ])('%s: %s', (_case, text, wrong) => {
    expect(peopleOf(text)).not.toContain(wrong);
  });
});

describe('a title in apposition names the person after it', () => {
  it.each([
    [
      'opened by "by"',
      'The accord was signed by the chief executive of the firm, Kwabena Owusu-Ansah, on Friday.',
      'Kwabena Owusu-Ansah',
    ],
    [
      'a long title with a country of two words',
      'Present were the Minister of Energy, Tomas Perez; the Deputy Minister of Water of the Republic of Zambia, Chanda Mwale-Banda; and guests.',
      'Chanda Mwale-Banda',
    ],
    [
      'opened by "and" after another titled signatory',
      'It was signed by the mayor, Ana Ruiz, and the founder of the firm, Kofi Mensah-Bonsu, in the hall.',
      'Kofi Mensah-Bonsu',
    ],
    [
      'opened by a verb, with an organization appositive after the name',
      'Among the guests were the Governor of the province, Ingeborg Tveit, the board of the port operator and others.',
      'Ingeborg Tveit',
    ],
    [
      'an occupational honorific before the name',
      'The Director of Works, Engineer Chidi Okonkwo-Eze, noted that traffic had grown.',
      'Chidi Okonkwo-Eze',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(peopleOf(text)).toContain(name);
  });

  it('a company with its legal form after the title stays a company', () => {
    const text = 'The deal was signed by the chief executive of the group, Norvale Holdings Ltd, on Friday.';
    expect(peopleOf(text).some((name) => name.includes('Norvale'))).toBe(false);
  });
});

describe('a title after a place with a double name', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'a county prefect after a hyphenated county',
      'The mayor came with Lakeland-Moslavina County Prefect Tomislav Barić and guests.',
      ['Tomislav Barić'],
      ['Lakeland-Moslavina County'],
    ],
    [
      'a prefect after a one-word county',
      'Orvala County Prefect Ilina Dravec opened the bridge.',
      ['Ilina Dravec'],
      ['Orvala County'],
    ],
    [
      'two places joined by a hyphen with no division noun stay a pairing',
      'The Chile-Peru ferry talks resumed in Lima.',
      [],
      ['Chile', 'Peru', 'Lima'],
    ],
  ])('%s', (_case, text, people, places) => {
    const entities = entitiesOf(text);
    expect(entities.people.map((person) => person.name)).toEqual(people);
    expect(entities.locations.map((place) => place.name)).toEqual(places);
  });
});

describe('a name between a title and the organization it is placed by', () => {
  it.each([
    [
      'an acronym\'s possessive after "of"',
      "The lab will be led by Associate Professor Inoue Haruka of TKIT's ceramics department.",
      ['Inoue Haruka'],
    ],
    [
      'an organization of one word after "of"',
      'Professor Jane Okafor of Kessel said the plan was sound.',
      ['Jane Okafor'],
    ],
    ['a title with no name before "of"', 'The Director General of Kessel Port said the plan was sound.', []],
  ])('%s', (_case, text, names) => {
    expect(peopleOf(text)).toEqual(names);
  });
});

describe('a title of a place named with its article holds no name', () => {
  it.each([
    [
      'a province after "of the"',
      'The Marshal of the Tarvel Province, Ilsa Marvold, opened the debate.',
      ['Ilsa Marvold'],
    ],
    [
      'a name after a longer complement',
      'Marshal of the Tarvel Upland Province Ilsa Marvold opened the debate.',
      ['Ilsa Marvold'],
    ],
  ])('%s', (_case, text, names) => {
    expect(peopleOf(text)).toEqual(names);
  });
});

describe('a field before a title opens the sentence, not a role noun before a name', () => {
  it.each([
    [
      'a field ending like a role noun ("-er")',
      'Water Minister Jana Kovel said the plan was ready.',
      ['Jana Kovel'],
    ],
    [
      'a field ending in "-ment"',
      'Environment Minister Pedro Lima Souza toured the dam.',
      ['Pedro Lima Souza'],
    ],
    ['a field ending in "-or"', 'Interior Minister Tomas Rivel met the mayors.', ['Tomas Rivel']],
    [
      'a role noun with no title after it',
      'Valedictorian Su-Lin Marchetti spoke to the class.',
      ['Su-Lin Marchetti'],
    ],
  ])('%s', (_case, text, names) => {
    expect(peopleOf(text)).toEqual(names);
  });

  it('keeps the field with the title', () => {
    const [person] = entitiesOf('Water Minister Jana Kovel said the plan was ready.').people;
    expect(person?.title).toBe('Water Minister');
  });
});

describe('a name opens with a letter', () => {
  it.each([
    [
      'a race distance after a lower-case title word',
      'Ana Berli noted that the junior 10K had produced three records.',
      ['Ana Berli'],
    ],
    ['a relay after a title word', 'The senior 4x400 team won, said Ana Berli.', ['Ana Berli']],
  ])('%s', (_case, text, names) => {
    expect(peopleOf(text)).toEqual(names);
  });
});
