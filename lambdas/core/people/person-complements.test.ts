import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe("a title's complement is cut from the holder's name after it", () => {
  it.each([
    [
      'the fields of an office after a title in lower case',
      'The clinic opened in the presence of the minister of Health Tomasi Kolinisau and guests.',
      'Tomasi Kolinisau',
    ],
    [
      'fields qualified by a word of no list, after "and"',
      'Also present was the Minister of Fisheries and Marine Resources Ana Vaka Tupou, who spoke briefly.',
      'Ana Vaka Tupou',
    ],
    [
      'a field named by an abstract noun in "-ture"',
      'Director General of Horticulture Sri Rahayu Wardhani cut the ribbon.',
      'Sri Rahayu Wardhani',
    ],
    [
      'a country of two words after "to"',
      "Ghana's Ambassador to South Africa Kwesi Addo Ampofo said relations were strong.",
      'Kwesi Addo Ampofo',
    ],
    [
      'a country after "to" before a name written surname first',
      'Chinese Ambassador to Namibia Liang Weiming, who also attended, said the plant was a milestone.',
      'Liang Weiming',
    ],
    [
      'an organization with its head before the name',
      'Chief Executive of Arkwright Marine Holdings Peter Nnamdi Obi welcomed the guests.',
      'Peter Nnamdi Obi',
    ],
    [
      'a company the text names again on its own',
      'The mill was built by PT Karya Tanjung Abadi last year. President Director of PT Karya Tanjung Abadi Sri Wahyuni Lestari said it would hire 90 people.',
      'Sri Wahyuni Lestari',
    ],
    [
      'an organization after "of the"',
      'Speaker of the Regional Assembly Tendai Moyo Sibanda welcomed the delegates.',
      'Tendai Moyo Sibanda',
    ],
    [
      'an acronym after the title',
      'Secretary-General of SADEC Lwazi Phiri Banda delivered remarks.',
      'Lwazi Phiri Banda',
    ],
    [
      'a place and a field naming a utility',
      'Managing Director of Ghana Water Kofi Asante Boadu said supply was stable.',
      'Kofi Asante Boadu',
    ],
    [
      'a venue after a plural noun for people, two holders joined by "and"',
      'The works were sung by soloists of the Kessel Opera House Ruslan Temirov and Dana Yesenova.',
      'Dana Yesenova',
    ],
    [
      'a venue after a plural noun for people, the first of two holders',
      'The works were sung by soloists of the Kessel Opera House Ruslan Temirov and Dana Yesenova.',
      'Ruslan Temirov',
    ],
    [
      'a place after "in"',
      'First Secretary of the Korean Embassy in Nairobi Choi Min-jung was also present.',
      'Choi Min-jung',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });

  it.each([
    ['no title before the connector', 'The office in Paris Saint Germain opened last week.', 'Saint Germain'],
    ['a one-word tail', 'The Consul in Lima Monday said nothing.', 'Monday'],
    [
      'an organization after the title, no name after it',
      'The ambassador to the Tarvel Shipping Company Board spoke.',
      'Shipping Company Board',
    ],
    [
      'an acronym, then a place and a word of the organization',
      'Guests included the chair of the board of KIPA Spain Global, Lucia Ferrer.',
      'Spain Global',
    ],
    [
      'a place and its common words after a title and "at the"',
      'The chief executive spoke at the Sekondi Industrial Enclave near Takoradi.',
      'Industrial Enclave',
    ],
    [
      'a noun that only ends like one for people',
      'The firm opened a processing plant at the Kessel Timber Works Ana Lima built.',
      'Ana Lima',
    ],
    [
      'a legal form written first opens the company',
      'President Director of PT Karya Nusantara Abadi Sri Wahyuni Lestari said it would hire.',
      'Karya Nusantara Abadi Sri Wahyuni Lestari',
    ],
    [
      "a name in quotation marks after the body's head",
      'The head of Closed Joint Stock Company "Mirel Dovan" came to Kessel.',
      'Mirel Dovan',
    ],
    [
      'a company named once, its words no cue',
      'The Chairman of Norvale Kessel Holdings Jane Doe attended.',
      'Norvale Kessel Holdings Jane Doe',
    ],
  ])('%s: %s', (_case, text, wrong) => {
    expect(namesOf(entitiesOf(text).people)).not.toContain(wrong);
  });

  it.each([
    [
      'locations',
      "Ghana's Ambassador to South Africa Kwesi Addo Ampofo said relations were strong.",
      'South Africa',
    ],
    [
      'organizations',
      'The mill was built by PT Karya Tanjung Abadi last year. President Director of PT Karya Tanjung Abadi Sri Wahyuni Lestari said it would hire 90 people.',
      'PT Karya Tanjung Abadi',
    ],
  ] as const)('keeps the complement among the %s: %s', (field, text, name) => {
    expect(namesOf(entitiesOf(text)[field])).toContain(name);
  });
});

describe("a rank between a title's complement and the holder's name belongs to neither", () => {
  it.each([
    [
      'a military rank of two words after a service',
      'Head of the Northern Rescue Service Lieutenant Colonel Ilsa Marvold said the boats were ready.',
      'Ilsa Marvold',
    ],
    [
      'a rank of one word after an agency',
      'Director of the Coastal Survey Agency Commander Tove Brannick opened the station.',
      'Tove Brannick',
    ],
    [
      'no rank: the whole name is kept',
      'Head of the Northern Rescue Service Ilsa Marvold said the boats were ready.',
      'Ilsa Marvold',
    ],
  ])('%s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toEqual([name]);
  });

  it('a rank left with one word after it is no name to cut', () => {
    const text = 'Head of the Northern Rescue Service Commander Marvold said the boats were ready.';
    expect(namesOf(entitiesOf(text).people)).not.toContain('Commander Marvold');
  });
});

describe('fields of an office glued to the title before the name', () => {
  it.each([
    [
      'one field',
      'Provincial Secretary Health Tomasi Ravu Kolinisau said the wing would open.',
      'Tomasi Ravu Kolinisau',
    ],
    [
      'two fields',
      'Secretary Foreign Affairs Nadia Rauf Siddiqui attended the launch.',
      'Nadia Rauf Siddiqui',
    ],
    ['a province', 'Chief Minister Sindh Ayesha Tariq Malik inaugurated the wing.', 'Ayesha Tariq Malik'],
  ])('%s: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });

  it.each([
    ['a two-word name shaped like a field', 'President Trinity Nwosu opened the session.', 'Trinity Nwosu'],
    ['a two-word name opening with a place', 'Governor Paris Ndlovu opened the session.', 'Paris Ndlovu'],
    [
      'a given name that is also a place',
      'Senator Florence Ann Kettering opened the session.',
      'Florence Ann Kettering',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });
});
