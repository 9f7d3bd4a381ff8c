import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('places named with a division of a country', () => {
  it.each([
    [
      'names before a plural division',
      'Growers from Tarvel and Ostrana provinces showed seed drills.',
      ['Tarvel', 'Ostrana'],
    ],
    [
      'a longer list before counties',
      'Loans reach farmers in Velmar, Kessu and Orvala counties.',
      ['Velmar', 'Kessu', 'Orvala'],
    ],
    [
      'a list after "the governorates of"',
      'Clinics in the governorates of Marvik, Oskel and Tembaru will join.',
      ['Marvik', 'Oskel', 'Tembaru'],
    ],
    ['a known region keeps its name alone', 'Interns will work at dams in Bavaria state.', ['Bavaria']],
    [
      'an unknown name keeps the division noun',
      'The office opened in Kessuvo district on Monday.',
      ['Kessuvo district'],
    ],
    ['a sea before the noun of its coast', 'Swarms left the Tarvo Sea coast in May.', ['Tarvo Sea']],
    ['a river before the noun of its basin', 'Farms in the Oskel River basin flooded.', ['Oskel River']],
    ['a region before "coast" keeps it', 'Storms hit the Kessuvar coast on Monday.', ['Kessuvar coast']],
    ['a known city before "coast" drops it', 'Storms hit the Mombasa coast on Monday.', ['Mombasa']],
    ['a known region before "shore"', 'Boats lined the Zeeland shore at dawn.', ['Zeeland']],
    [
      'a division in its own language',
      'Loans went to farmers in Kessu etrap and Orvala etrap.',
      ['Kessu etrap', 'Orvala etrap'],
    ],
    ['a North African province', 'Date farms in Kessu wilaya doubled output.', ['Kessu wilaya']],
    ['a Bhutanese district', 'A clinic opened in Orvel Dzongkhag on Monday.', ['Orvel Dzongkhag']],
    [
      'a capitalized division of its own language',
      'Volunteers in Tarvo Upazila built a school.',
      ['Tarvo Upazila'],
    ],
    [
      'names before a plural of their own language',
      'Wells were dug in the Karsovo and Velun etraps.',
      ['Karsovo', 'Velun'],
    ],
    ['a ward written before its name', 'Residents of Barangay Kessuvo received rice.', ['Barangay Kessuvo']],
    ['a regency before its name', 'Floods hit Kabupaten Marvo last week.', ['Kabupaten Marvo']],
    [
      'two divisions named with their own word',
      'Volunteers from Barangay Kessuvo and Barangay Orvala joined.',
      ['Barangay Kessuvo', 'Barangay Orvala'],
    ],
    ['a province of its own language', 'The governor of Velmo aimag opened the road.', ['Velmo aimag']],
  ])('%s: %s', (_phenomenon, text, places) => {
    for (const place of places) expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a currency named after a country', 'The loan is worth about 900 U.S. dollars.', 'U.S.'],
    ['people from a list, not divisions', 'Growers Tarvel and Ostrana spoke to the provinces.', 'Ostrana'],
    ['a company list before a lower-case noun', 'Acme and Globex products were shown.', 'Globex'],
    ['a fabric in a company name', 'Acme Rayon Mills cut prices.', 'Acme Rayon'],
    ['a division word alone', 'Barangay officials met on Monday.', 'Barangay'],
    ['the pair as one place', 'Wells were dug in the Karsovo and Velun etraps.', 'Karsovo and Velun'],
    ['a company before a plural noun', 'Acme and Globex communes were mentioned.', 'Acme and Globex'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('places written with the lower-case noun of their kind, under both forms', () => {
  const formsOf = (text: string): string[][] =>
    entitiesOf(text).locations.map((place) => [place.name, ...(place.aliases ?? [])]);

  it.each([
    ['a region unknown by name', 'Buyers toured the Velmora region in May.', ['Velmora region', 'Velmora']],
    ['a known city keeps its name alone', 'Storms hit the Mombasa coast.', ['Mombasa', 'Mombasa coast']],
    ['a river', 'Runoff flows into the Kessuvar river each spring.', ['Kessuvar river', 'Kessuvar']],
    ['a hyphenated river', 'A dam on the Orvo-Tash river was opened.', ['Orvo-Tash river', 'Orvo-Tash']],
    ['a district', 'A clinic opened in the Tarvelo district.', ['Tarvelo district', 'Tarvelo']],
  ])('%s: %s', (_phenomenon, text, forms) => {
    expect(formsOf(text)).toContainEqual(forms);
  });

  it.each([
    ['a people\'s adjective before "region"', 'Leaders of the Arab region met in Kessu.', 'Arab region'],
    [
      'a demonym before "region"',
      'Dust blew over the Korvian region and the Chinese region.',
      'Chinese region',
    ],
    ['a country before "river"', 'Boats on the Niger river carried grain.', 'Niger'],
  ])('%s: %s', (_phenomenon, text, notForm) => {
    const found = formsOf(text);
    if (notForm === 'Niger') expect(found).not.toContainEqual(['Niger river', 'Niger']);
    else expect(found.flat()).not.toContain(notForm);
  });
});
