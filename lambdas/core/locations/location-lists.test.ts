import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('names listed with places', () => {
  it.each([
    ['after "in"', 'Schools in Tarvel, Ostrana and Lisbon reopened on Monday.', ['Tarvel', 'Ostrana']],
    ['where a round goes', 'The minister will visit Arbel and Kimo next week.', ['Arbel', 'Kimo']],
    ['a country read as a people', 'Floods hit farms across the Philippines this year.', ['Philippines']],
    [
      'with towns of the gazetteer after "from"',
      'Patients came from Kavel, Sialkot and Orvala for the screening.',
      ['Kavel', 'Sialkot', 'Orvala'],
    ],
    ['with a known city', 'Farmers from Kessu, Orvala and Nairobi attended.', ['Kessu', 'Orvala', 'Nairobi']],
    [
      'where a group expands',
      'The club hopes to expand to Tarvel and Ostrana, it said.',
      ['Tarvel', 'Ostrana'],
    ],
    ['expanding into', 'The firm is expanding into Velmo and Karsi next year.', ['Velmo', 'Karsi']],
    [
      'given names where only places stand',
      'The charity will expand to Melissa and Tarvo.',
      ['Melissa', 'Tarvo'],
    ],
    ['the ends of a way', 'Trucks travel between Kessuvo and Marvo each day.', ['Kessuvo', 'Marvo']],
    ['near a pair of places', 'Farms near Karsovo and Velun flooded.', ['Karsovo', 'Velun']],
    [
      'a town of the gazetteer or a bare name',
      'Buyers drive in from Sialkot or Velmaro each week.',
      ['Velmaro'],
    ],
    ['the ends of a road', 'The road between Oskelu and Tembaru was paved.', ['Oskelu', 'Tembaru']],
    [
      'departments of a country, one hyphenated',
      'Mills will open in the Orvel, Kessu and Haut-Tarvo departments next year.',
      ['Orvel', 'Kessu', 'Haut-Tarvo'],
    ],
    [
      'towns named with a particle, one after a saint',
      'Students attended screenings in Puerto de Alvar and Santa Lucía de Ormeño.',
      ['Puerto de Alvar', 'Santa Lucía de Ormeño'],
    ],
  ])('%s: %s', (_phenomenon, text, places) => {
    const locations = namesOf(entitiesOf(text).locations);
    for (const place of places) expect(locations).toContain(place);
  });

  it.each([
    ['adjectives before a noun', 'The Kenyan, Ugandan and Tarvelan delegates met.', 'Tarvelan'],
    ['thanks that go to people', 'Thanks go to Varnel and Kestro for the help.', 'Varnel'],
    ['languages', 'Signs are in English, Portuguese and Tarvelese.', 'Tarvelese'],
    ['people listed with a city', 'Thanks to Jane, Tom and Accra Hearts for the help.', 'Jane'],
    ['people by full name', 'The award went to Jane Doe, John Roe and Ana Ruiz on Friday.', 'Ana Ruiz'],
    ['companies listed with a city', 'Acme, Globex and Initech opened offices in Lagos.', 'Initech'],
    ['two places as one', 'Farms near Karsovo and Velun flooded.', 'Karsovo and Velun'],
    ['two places as one after "at"', 'The talks were held at Karsovo and Velun.', 'Karsovo and Velun'],
    ['two companies as one place', 'She worked at Acme and Globex for ten years.', 'Acme and Globex'],
    ['a holiday', 'Shops open late around Christmas and New Year.', 'Christmas'],
    ['prizes that go to people', 'Awards went to Melissa and Tarvo.', 'Melissa'],
    ['talks between two parties', 'Talks between Kessuvo and Marvo ended on Friday.', 'Marvo'],
    ['a match between two teams', 'The match between Kessuvo and Marvo ended in a draw.', 'Kessuvo'],
    ['people introduced', 'He introduced Melissa and Tarvo to the press.', 'Melissa'],
    ['people offered a choice', 'Ask Melissa or Tarvo for the keys at Lagos airport.', 'Tarvo'],
    ['companies a firm expands to', 'The firm will expand to Acme Ltd and Globex Inc.', 'Acme Ltd'],
    ['units of an organization', 'He thanked the Marketing, Sales and Legal departments.', 'Marketing'],
    ['units of an organization after "in"', 'Staff in the Finance and Audit departments met.', 'Audit'],
    [
      'two towns named with a particle as one',
      'Students attended screenings in Puerto de Alvar and Santa Lucía de Ormeño.',
      'Puerto de Alvar and Santa Lucía de Ormeño',
    ],
    ['people named with a particle', 'The prize went to Maria de Souza and Ana de Lima.', 'Maria de Souza'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).locations)).not.toContain(name);
  });

  it.each([
    [
      'two countries of two names each',
      'Teams from Trinidad and Tobago and Antigua and Barbuda competed.',
      ['Trinidad and Tobago', 'Antigua and Barbuda'],
    ],
    [
      'one country of two names',
      'The envoy visited Bosnia and Herzegovina last week.',
      ['Bosnia and Herzegovina'],
    ],
  ])('one place of two names: %s', (_phenomenon, text, places) => {
    expect(namesOf(entitiesOf(text).locations)).toEqual(places);
  });
});
