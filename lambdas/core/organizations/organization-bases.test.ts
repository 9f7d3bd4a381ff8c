import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a complete organization name, then "of" where it is based', () => {
  it.each([
    [
      'a legal form',
      'The stage was built by Brenmark GmbH of Kessel for the festival.',
      'Brenmark GmbH',
      'Kessel',
    ],
    [
      'two legal forms',
      'The contract went to Brinmoor Mining Pty Ltd of Tarnow last week.',
      'Brinmoor Mining Pty Ltd',
      'Tarnow',
    ],
    [
      'a rugby club',
      'The fair play award went to Velmora Rugby Club of Santorel, whose players came by bus.',
      'Velmora Rugby Club',
      'Santorel',
    ],
    [
      'a rowing club',
      'Crews from the Kessu Rowing Club of Tembe won three races.',
      'Kessu Rowing Club',
      'Tembe',
    ],
    [
      'a firm whose last word takes no complement',
      'The round was led by Brenmark Ventures of Kessel, with two other funds.',
      'Brenmark Ventures',
      'Kessel',
    ],
    ['a holding company', 'The plant belongs to Orvale Holdings of Tarnow.', 'Orvale Holdings', 'Tarnow'],
    [
      'a legal form, then another company after "and"',
      'Brenmark S.A. of Olomouc and Orvale Foods Inc. of Tarnow joined the fair.',
      'Brenmark S.A.',
      'Olomouc',
    ],
    [
      'a club abbreviation',
      'On Saturday, Tarvel Rovers FC of Ostrana won the cup.',
      'Tarvel Rovers FC',
      'Ostrana',
    ],
  ])('%s: %s', (_phenomenon, text, organization, place) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(organization);
    expect(namesOf(entities.locations)).toContain(place);
  });

  it.each([
    ['a bank', 'The loan came from the Bank of Kessel on Monday.', 'Bank of Kessel'],
    ['a university', 'Students of the University of Tembe joined the project.', 'University of Tembe'],
    ['a ministry', 'The Ministry of Fisheries said the season would open in May.', 'Ministry of Fisheries'],
    ['a service club', 'The Rotary Club of Tarvel donated 400 books to the school.', 'Rotary Club of Tarvel'],
    ['a city', 'The City of Brenmoor said the road would reopen in May.', 'City of Brenmoor'],
    [
      'a hospital named for whom it serves',
      "Surgeons from the Children's Hospital of Kessel trained the team.",
      "Children's Hospital of Kessel",
    ],
  ])('keeps "of" after %s: %s', (_phenomenon, text, organization) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(organization);
  });
});

describe('a club named by its own shape', () => {
  it.each([
    ['"Club" first', 'In the semifinal, Club Tarvel beat the visitors 21-7.', 'Club Tarvel'],
    ['"Club" and a sport first', 'The title went to Club Atlético Kessu on Sunday.', 'Club Atlético Kessu'],
    ['a club abbreviation', 'On Sunday, Ostrana United FC lost the final.', 'Ostrana United FC'],
  ])('%s: %s', (_phenomenon, text, organization) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(organization);
  });

  it.each([
    ['a club event', 'Tickets for the Club World Cup in Tarvel sold out.', 'Club World'],
    ['a service club without a sport', 'The Lions Club of Kessel met on Monday.', 'Lions Club'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});

describe('a legal form with its full stop at the end of a sentence', () => {
  it.each([
    [
      'before "The"',
      'It was sponsored by Varnel Energia S.A. The plant opened in May.',
      'Varnel Energia S.A.',
    ],
    ['before "It"', 'The order went to Kestro Foods Inc. It will ship in June.', 'Kestro Foods Inc.'],
    ['two forms', 'The deal with Tarnel Trading Co. Ltd. was signed on Monday.', 'Tarnel Trading Co. Ltd.'],
  ])('%s: %s', (_phenomenon, text, organization) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual([organization]);
  });
});
