import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a local government that acts', () => {
  it.each([
    [
      'owning an organization',
      'The City of Tarnow and its water company signed the contract on Monday.',
      'City of Tarnow',
    ],
    [
      'before a verb',
      'The Municipality of Kelvadi will fund the new library, the mayor said.',
      'Municipality of Kelvadi',
    ],
    [
      'before a speech verb',
      'The County of Ashcombe said the road would reopen in May.',
      'County of Ashcombe',
    ],
    [
      'after "funded by"',
      'The project was funded by the City of Brenmoor and a regional grant.',
      'City of Brenmoor',
    ],
    [
      'named head last, after "run by"',
      'The fair, run by Orvale Municipality together with two growers, opened on Friday.',
      'Orvale Municipality',
    ],
    [
      'as a source',
      'Some 9,000 people came, according to the Municipality of Kessu, which organises the fair.',
      'Municipality of Kessu',
    ],
    [
      'as a supporter listed after another body',
      'The games were held with the support of the Acme Sports Trust and the City of Tarnow.',
      'City of Tarnow',
    ],
    [
      'as a partner',
      'The race is organised in partnership with the County of Ashcombe.',
      'County of Ashcombe',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.locations)).not.toContain(name);
  });

  it.each([
    [
      'after a verb of going',
      'Thousands of visitors came to the City of Tarnow for the festival.',
      'City of Tarnow',
    ],
    [
      'after a preposition of place',
      'The marathon runs through the City of Kelvadi every spring.',
      'City of Kelvadi',
    ],
    [
      'after a noun for who lives there',
      'Residents of the City of Brenmoor voted on Sunday.',
      'City of Brenmoor',
    ],
    ['before a verb of being', 'The City of Orvale is a port on the northern coast.', 'City of Orvale'],
    ['named head last, after "in"', 'Farmers in Kessu Municipality grow maize.', 'Kessu Municipality'],
    [
      'after the support of people',
      'The school was rebuilt with the help of parents from the City of Brenmoor.',
      'City of Brenmoor',
    ],
    [
      'a division of a region',
      'The festival took place at Lusavi in the Orvo Municipality of the Tarvel Region.',
      'Orvo Municipality',
    ],
  ])('stays a place %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});

describe('teams and bands named without a keyword', () => {
  it.each([
    ['after a team noun', 'The Kenyan team Savanna Hawks won the final on Saturday.', 'Savanna Hawks'],
    [
      'before a role and the name of its holder',
      '"We played well," said Savanna Hawks captain Otieno Mwangi.',
      'Savanna Hawks',
    ],
    [
      'before a role and a verb',
      'Delta Rovers captain Juma Kariuki said his team would return.',
      'Delta Rovers',
    ],
    ['after a role and "of"', 'The coach of Coastal Strikers resigned.', 'Coastal Strikers'],
    ['before its players', 'The Harbour Kings players celebrated on Sunday.', 'Harbour Kings'],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.people)).not.toContain(name);
  });

  it.each([
    ['a national side stays a place', 'Kenya captain Juma Kariuki scored twice.', 'Kenya', 'locations'],
    ['a player after "coach of" stays a person', 'She is the coach of Maria Lopez.', 'Maria Lopez', 'people'],
    [
      'players who beat each other stay people',
      'Maria Lopez beat Anna Kowalski in the final.',
      'Anna Kowalski',
      'people',
    ],
    ["an artist's fans", 'Taylor Swift fans queued overnight.', 'Taylor Swift', 'none'],
  ] as const)('%s: %s', (_phenomenon, text, name, kind) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).not.toContain(name);
    if (kind !== 'none') expect(namesOf(entities[kind])).toContain(name);
  });
});

describe('a short form opening another name', () => {
  it.each([
    [
      'a media arm named after its owner',
      'JAKARTA, 7 May 2026 (KTF Media) - The Korvan Table Tennis Federation (KTF) held its final.',
      'KTF Media',
    ],
    [
      'a company-word head in the plural',
      'The budget was met by sponsorship from Tembe Breweries and the Lakeside Tourism Board.',
      'Tembe Breweries',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    [
      'a meeting of the organization',
      'The Korvan Table Tennis Federation (KTF) met at the KTF Press Forum.',
      'KTF Press Forum',
    ],
    [
      'a title of the organization',
      'The Korvan Table Tennis Federation (KTF) said the KTF title was won.',
      'KTF title',
    ],
  ])('no organization from %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});

describe('a place word among the fields of an organization', () => {
  it.each([
    [
      'after "and"',
      'The masterclass is at the Baltic Academy of Music and Theatre on Friday.',
      'Baltic Academy of Music and Theatre',
    ],
    ['right after "of"', 'Students of the Kelvadi School of Theatre performed.', 'Kelvadi School of Theatre'],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    [
      'a venue named after the organization',
      'The final was played at the University of Lagos Stadium on Sunday.',
      'University of Lagos Stadium',
    ],
    ['a theatre of its own', 'The concert was held at the Harbour Theatre in Tarnow.', 'Harbour Theatre'],
  ])('stays a place: %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).locations)).toContain(name);
  });
});

describe('a meeting named like an organization', () => {
  it.each([
    [
      'after an edition word',
      'The university hosted the third International Conference on Delta Soils in May.',
    ],
    ['after "annual"', 'The annual Tarn Forum opened on Monday.'],
    [
      'called an event by an appositive',
      'They met at the Wool and Flax Forum, a two-day trade fair that drew buyers.',
    ],
  ])('is an event %s: %s', (_phenomenon, text) => {
    expect(entitiesOf(text).organizations).toEqual([]);
  });

  it.each([
    [
      'an appositive that calls it a body',
      'The Tarn Trade Council, a regional body, met on Monday.',
      'Tarn Trade Council',
    ],
    ['an edition word counting its members', 'The first Tarn Forum members joined in 1990.', 'Tarn Forum'],
  ])('stays an organization with %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });
});
