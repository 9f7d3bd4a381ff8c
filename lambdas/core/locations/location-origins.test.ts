import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

function placesOf(text: string): string[] {
  return namesOf(entitiesOf(text).locations);
}

describe('the place a person or a group of people comes from', () => {
  it.each([
    ['a runner from a town', 'Ruth Okoro from Tembaru took second place in 2:31:05.', 'Tembaru'],
    ['a band from a village', 'A brass band from Orvika opened the ceremony.', 'Orvika'],
    ['a choir from a town', 'A choir from Kessu sang on Monday.', 'Kessu'],
    ['farmers from a valley', 'Farmers from Velmaro showed their maize.', 'Velmaro'],
    ['the first of two towns', 'Students from Arbelo and Kimoro sang the anthem.', 'Arbelo'],
    ['the second of two towns', 'Students from Arbelo and Kimoro sang the anthem.', 'Kimoro'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it('keeps the person before "from" a person', () => {
    expect(entitiesOf('Ruth Okoro from Tembaru won the race.').people.map((p) => p.name)).toContain(
      'Ruth Okoro',
    );
  });

  it.each([
    ['a grant from a company', 'A grant from Varnel paid for the pumps.', 'Varnel'],
    ['a message from a person', 'A message from Jane Doe was read aloud.', 'Jane Doe'],
    ['a day after "from"', 'Students from Monday to Friday may enter free.', 'Monday'],
    ['a company with its legal form', 'A team from Globex Ltd installed the panels.', 'Globex Ltd'],
    ['a university named after a town', 'Volunteers from Tarvo University helped.', 'Tarvo University'],
    ['an acronym', 'Farmers from UNDP projects came.', 'UNDP'],
    ['a delegation, which may come from a body', 'A delegation from Varnel visited the site.', 'Varnel'],
    ['the body a speaker speaks for', 'Jane Doe from Varnel said the deal was done.', 'Varnel'],
    ['the body of a speaker named after "said"', '"It works," said Tom Reed from Kestrix.', 'Kestrix'],
    ['a list of funders', 'Funding from Varnel and Kestro paid for it.', 'Kestro'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('a known place before a noun for a person', () => {
  it.each([
    ['a city before an occupation', 'The Kisumu pianist closed the night with a ballad.', 'Kisumu'],
    ['a city before a plural occupation', 'Two Valparaiso designers won the prize.', 'Valparaiso'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a name the gazetteer does not know', 'The Tarvoska pianist closed the night.', 'Tarvoska'],
    ['a known place before a thing', 'The Kisumu sound was loud, and the Tarvoska pianist left.', 'Tarvoska'],
  ])('not %s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
