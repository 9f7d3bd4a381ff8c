import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/entities.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';

function peopleOf(text: string): string[] {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text)).people.map((person) => person.name);
}

/** One test per row: the person named in the sentence is found. */
function findsEach(cases: readonly (readonly [phenomenon: string, text: string, name: string])[]): void {
  it.each(cases)('%s: %s', (_case, text, name) => {
    expect(peopleOf(text)).toContain(name);
  });
}

describe('honorifics before a name are no part of it', () => {
  findsEach([
    [
      'a Malay style with a patronymic',
      'Datuk Seri Rosmah binti Kassim, the state secretary, opened the fair.',
      'Rosmah binti Kassim',
    ],
    [
      'a Malay style opening the sentence',
      'Tan Sri Hamid bin Osman, chairman of the trust, said the work was done.',
      'Hamid bin Osman',
    ],
    ['a style with its elision mark', "Dato' Chong Wai Leng also spoke at the launch.", 'Chong Wai Leng'],
    [
      'a pilgrim honorific',
      'Alhaji Sani Garba, the association president, welcomed the guests.',
      'Sani Garba',
    ],
    ['a Burmese honorific after a title', 'Vice President U Kyaw Thein visited the plant.', 'Kyaw Thein'],
    [
      'a Burmese honorific after "Her Excellency"',
      'Her Excellency Daw Mya Mya Win, Minister of Trade, attended.',
      'Mya Mya Win',
    ],
    ['an Indian honorific', 'Shri Anil Deshpande inaugurated the centre.', 'Anil Deshpande'],
    [
      'an engineer prefix',
      'Ir Haslinda Omar, the project engineer, said the bridge was safe.',
      'Haslinda Omar',
    ],
  ]);

  it('keeps a surname that opens a Malay style', () => {
    expect(peopleOf('Orders had doubled, said the founder, Tan Wei Jie.')).toContain('Tan Wei Jie');
  });

  it('keeps a country that opens with part of a style', () => {
    expect(peopleOf('The delegation flew to Sri Lanka on Monday.')).toEqual([]);
  });
});

describe('particles inside a name', () => {
  findsEach([
    [
      '"binti" between given name and father\'s name',
      'The award went to Farah binti Ahmad, who said she was honoured.',
      'Farah binti Ahmad',
    ],
    [
      '"a/l" of Malaysian Indian names',
      'Mr Suresh a/l Kumar, the headmaster, said pupils would benefit.',
      'Suresh a/l Kumar',
    ],
    [
      '"a/p" of Malaysian Indian names',
      'Ms Kavitha a/p Raman said the clinic would open daily.',
      'Kavitha a/p Raman',
    ],
    [
      'an Arabic article joined to the family name',
      'Minister Khalid al-Rashidi said the port would expand.',
      'Khalid al-Rashidi',
    ],
  ]);
});

describe('teams and companies are not people', () => {
  it.each([
    [
      'a team named with a plural noun',
      'The Ulsan team Coastal Falcons beat the home side in the final.',
      'Coastal Falcons',
    ],
    ['a team named with a number word', 'They beat Granite Eleven from Tbilisi 2-0.', 'Granite Eleven'],
    [
      'a company with a Swedish legal form',
      'It was built by the Danish contractor Holmgren Bygg AB, whose crews also work in Oslo.',
      'Holmgren Bygg AB',
    ],
    [
      'a company with a Finnish legal form',
      'The supplier Lampola Oy said deliveries would start in May.',
      'Lampola Oy',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(peopleOf(text)).not.toContain(name);
  });

  it.each([
    [
      'a surname that is a plural after a known given name',
      'Coach Ana Fields said the squad was ready.',
      'Ana Fields',
    ],
    ['a surname compromise knows', 'Spokesperson Laura Jenkins said the road would reopen.', 'Laura Jenkins'],
    [
      'a Baltic surname ending in -us',
      'Minister Rokas Valaitis said the bridge would open.',
      'Rokas Valaitis',
    ],
    ['a plural surname after a title', 'Minister Thabo Banks said the bridge would open.', 'Thabo Banks'],
  ])('still a person: %s', (_case, text, name) => {
    expect(peopleOf(text)).toContain(name);
  });
});

describe("a title opened by an owner's determiner, then the name", () => {
  findsEach([
    [
      '"its" before a title',
      'The film is followed by a talk with its director, Farid Osmanov.',
      'Farid Osmanov',
    ],
    [
      '"their" before an occupation',
      'The gallery thanked their curator, Piet Hollander, for the show.',
      'Piet Hollander',
    ],
    ['"our" before a role', 'We spoke with our coach, Davit Beridze, after the game.', 'Davit Beridze'],
  ]);

  it("names no person after a determiner before a noun for a company's role", () => {
    expect(peopleOf('The race thanked its sponsor, Halden Energy, for the prizes.')).toEqual([]);
  });

  it('names no person after a determiner before a plural', () => {
    expect(peopleOf('The fund thanked its sponsors, Harbor Freight and Lumen Works.')).toEqual([]);
  });
});

describe('a surname that is also a head word, right after a title', () => {
  it('is a person, and the later title with the surname alone is an alias', () => {
    const text = 'Consul Park Min-seo opened the fair. "Trade is friendship," Consul Park said.';
    const release = prepareText(text);
    const people = extractEntities(release, parseRelease(release.text)).people;
    expect(people.map((person) => [person.name, person.aliases])).toEqual([['Park Min-seo', ['Park']]]);
  });

  it.each([
    [
      'a place after "of" in a title',
      'Mr. Ali Khan, Executive Director of the Free Zone, spoke.',
      'Free Zone',
    ],
    ['a place after a title and "of"', 'The Governor of Hill Park spoke.', 'Hill Park'],
  ])('names no person: %s', (_case, text, notName) => {
    expect(peopleOf(text)).not.toContain(notName);
  });
});

describe('honorifics among the titles name nobody', () => {
  it.each([
    [
      'after a title',
      'The bridge was opened by Prime Minister Tun Dr Hamzah Idris on Friday.',
      'Hamzah Idris',
    ],
    [
      'before a title',
      'YB Prof Dr. Kumaresan a/l Subramaniam opened the library.',
      'Kumaresan a/l Subramaniam',
    ],
    ['a style of address', 'Yang Berusaha Encik Faizal Hamdan welcomed the guests.', 'Faizal Hamdan'],
    [
      'after a title with its portfolio',
      'The fair was opened by Union Minister for Commerce U Aung Naing Oo.',
      'Aung Naing Oo',
    ],
  ])('%s: %s', (_case, text, name) => {
    const release = prepareText(text);
    const entities = extractEntities(release, parseRelease(release.text));
    expect(entities.people.map((person) => person.name)).toEqual([name]);
    expect(entities.organizations).toEqual([]);
  });
});

describe('a person named with the organization they belong to', () => {
  findsEach([
    [
      "an organization's possessive before the name",
      "The Harbour Authority's Efua Sarpong said that cargo volumes would grow.",
      'Efua Sarpong',
    ],
    [
      'a relative clause after the "of" phrase',
      'Yaw Darko of the Harbour Authority, who led the project, said it came in under budget.',
      'Yaw Darko',
    ],
  ]);

  it("keeps an organization's possessive before another organization out of people", () => {
    expect(peopleOf("The Harbour Authority's Safety Board met on Monday.")).toEqual([]);
  });
});

describe('paired particles and months inside names', () => {
  findsEach([
    [
      'paired Dutch particles',
      'The festival director Pieter van der Laan said that sales had doubled.',
      'Pieter van der Laan',
    ],
    ['paired Spanish particles', 'Dr. Lucia de la Vega also spoke at the opening.', 'Lucia de la Vega'],
    [
      'a month that is a given name, after a title',
      'The curator Jan Kowalczyk said the show would travel.',
      'Jan Kowalczyk',
    ],
    [
      'a month inside a Burmese name',
      'Her Excellency Daw Thida Mar Lwin opened the exhibition.',
      'Thida Mar Lwin',
    ],
  ]);

  it.each([
    ['a month after a preposition', 'In May Lumora Corp opened a plant.'],
    ['a full month after a preposition', 'Since January Harbour Foods has hired staff.'],
  ])('takes no month into a name: %s', (_case, text) => {
    const release = prepareText(text);
    const entities = extractEntities(release, parseRelease(release.text));
    const names = [...entities.people, ...entities.organizations].map((entity) => entity.name);
    expect(names.some((name) => /^(?:May|January) /u.test(name))).toBe(false);
  });
});

describe('a name joined by "and" to a person is a person', () => {
  findsEach([
    ['a given name that is also a word', 'Ruth Okoro and Felicity Mensah led the crew.', 'Felicity Mensah'],
    ['after a passive "by"', 'The crew was led by Ruth Okoro and Felicity Mensah.', 'Felicity Mensah'],
    ['a given name the lexicon lacks', 'Awards went to Ruth Okoro and Trinity Mensah.', 'Trinity Mensah'],
  ]);

  it('leaves a place beside a person a place', () => {
    const release = prepareText('Ruth Okoro and Kessler Bay were on the poster.');
    const entities = extractEntities(release, parseRelease(release.text));
    expect(entities.people.map((person) => person.name)).toEqual(['Ruth Okoro']);
  });
});

describe('a person placed by "of" and a name that heads nothing is still a person', () => {
  findsEach([
    ['an unknown place after "of"', 'Liam Okafor of Kessel won the 10 km race.', 'Liam Okafor'],
    [
      'a double surname and a given name as a place',
      'Tom Reyes-Bauer of Florence won the race.',
      'Tom Reyes-Bauer',
    ],
    [
      'a company with no head word after "of"',
      'Sarah Lee of Deloitte said the audit was clean.',
      'Sarah Lee',
    ],
  ]);
});

describe('a second given name that is also a head word is part of the name', () => {
  findsEach([
    [
      'after a title',
      'Festival director Luz Marina Pérez Gómez said the fair grew.',
      'Luz Marina Pérez Gómez',
    ],
    ['opening the sentence', 'Ana Marina Duarte Silva said the fair grew.', 'Ana Marina Duarte Silva'],
  ]);

  it('leaves a place that ends in the head word a place', () => {
    const release = prepareText('Visitors walked along the Kessel Marina on Sunday.');
    expect(extractEntities(release, parseRelease(release.text)).people).toEqual([]);
  });
});
