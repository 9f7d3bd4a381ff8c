import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

/** Every name the text gives, whatever its kind. */
function allNames(text: string): string[] {
  const entities = entitiesOf(text);
  return [...namesOf(entities.organizations), ...namesOf(entities.people), ...namesOf(entities.locations)];
}

describe('what only looks like a name', () => {
  it.each([
    ['an adjective of nationality', 'The Ugandan government opened the road on Monday.', 'Ugandan'],
    ['a plural acronym', 'The two sides signed three MOUs on Monday.', 'MOUs'],
    ['a word also written in lower case', 'The Government met. The government then left.', 'Government'],
    ['a language', 'The talks were held in Portuguese and in Tarvelese.', 'Portuguese'],
    [
      'a place in an emphasized title within a sentence',
      'The choir sang *Weavers of the Vellara Hills* at the fair.',
      'Vellara Hills',
    ],
    ['a header line', 'HEALTH ADVISORY\nThe clinic in Tarvel opens on Monday.', 'HEALTH ADVISORY'],
    [
      'a word in the quoted title of a work',
      'She read from her novel “Rain over the Tembe” at the fair.',
      'Tembe',
    ],
    [
      "a sender's short name in its e-mail address",
      'Patients were referred to Hillvale for tests.\nContact: media@hillvale.example',
      'Hillvale',
    ],
    [
      'a headed name in the quoted title of a book',
      'She presented the book "Threads of the Orvo Hills: Weaving in Times of Change" at the fair.',
      'Times of Change',
    ],
  ])('drops %s: %s', (_phenomenon, text, name) => {
    expect(allNames(text)).not.toContain(name);
  });

  it.each([
    ['a single emphasized word', 'The fair opened in *Lisbon* on Monday.', 'Lisbon'],
    [
      'a body in an emphasized sign-off line',
      'The bridge opened on Monday.\n\n*District Press Office, Province of Vellara*',
      'District Press Office',
    ],
    ['an acronym written once', 'The KNA signed the deal on Monday.', 'KNA'],
    [
      "a town in its council's e-mail address",
      'Shelters opened in Orvelstad on Monday, the City of Orvelstad said.\nContact: press@orvelstad.example',
      'Orvelstad',
    ],
    [
      'an organization named in quoted speech',
      '"We thank the Kessel Water Authority for its help," she said.',
      'Kessel Water Authority',
    ],
  ])('keeps %s: %s', (_phenomenon, text, name) => {
    expect(allNames(text)).toContain(name);
  });
});
