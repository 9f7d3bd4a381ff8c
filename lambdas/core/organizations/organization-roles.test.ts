import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('an organization named without a keyword, by its role in the event', () => {
  it.each([
    ['a partner', 'The festival was held in partnership with Kivora and local schools.', 'Kivora'],
    ['a partner in cooperation', 'The survey was run in cooperation with Ostrel Data.', 'Ostrel Data'],
    ['a supporter', 'The evening was organised with the support of Velmar Air.', 'Velmar Air'],
    ['a supporter after "by"', 'The camp was supported by Ostrana Textiles this year.', 'Ostrana Textiles'],
    [
      'a party to an agreement',
      'A memorandum between Kelvani Power and the city was signed.',
      'Kelvani Power',
    ],
    [
      'the second party',
      'The agreement between Kelvani Power and Brenmark Grid runs to 2030.',
      'Brenmark Grid',
    ],
    ["a company's chief executive", "Kivora's chief executive said the plant would open in May.", 'Kivora'],
    ['its shareholders', "Tarnel's shareholders approved the merger on Friday.", 'Tarnel'],
    ['a deed after "which"', 'The prize is paid by Ostrel, which funds three scholarships a year.', 'Ostrel'],
    [
      'a kind of body before it',
      "The city's transport operator, Tarvel Transit, ran extra trams.",
      'Tarvel Transit',
    ],
    ['a broadcaster before it', 'The state broadcaster, Kessu Radio, aired the final live.', 'Kessu Radio'],
    ['an airline before it', 'It was sponsored by the regional airline Velmar Air on Monday.', 'Velmar Air'],
    ['an acronym that signs', 'KVNA signed the agreement with the ministry on Monday.', 'KVNA'],
    ['an acronym that announces', 'On Monday, TLCB announced a new fund for farmers.', 'TLCB'],
    ['an acronym before a title', 'Speaking at the event, KTIA chairman Jo Kim thanked the hosts.', 'KTIA'],
    ['a winery before it', 'Wine came from the winery Bodega Tarnel, near the city.', 'Bodega Tarnel'],
  ])('%s: %s', (_phenomenon, text, organization) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(organization);
    expect(namesOf(entities.locations)).not.toContain(organization);
  });

  it.each([
    ['a country as a partner', 'It was held in partnership with Kenya and Ghana.', 'Kenya'],
    ['a person as a supporter', 'The project was supported by Jane Mwangi and her family.', 'Jane Mwangi'],
    ['countries that sign', 'A memorandum between Chile and Peru was signed on Monday.', 'Chile'],
    ['a place that sponsors', 'The race was sponsored by the city of Tarvel.', 'Tarvel'],
    ['a place before its people', 'The fair was supported by Tarvel residents.', 'Tarvel'],
    ['a person after a title', "The company's founder, Jane Doe, spoke first.", 'Jane Doe'],
    ['a place after "which"', 'The team travelled to Lisbon, which hosts the final.', 'Lisbon'],
    [
      'half a name with "and" in it',
      'An agreement between Tarvel Trade and Investment and Velmora Foods was signed.',
      'Tarvel Trade',
    ],
    ['a country code that acts', 'The USA announced new tariffs on steel.', 'USA'],
    ['an acronym before a common noun', 'The AIDS research unit opened in May.', 'AIDS'],
    ['a plural noun before it', 'The operators, Tarvel and Kessu, are towns.', 'Tarvel'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});
