import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a town hall that acts is its government', () => {
  it.each([
    ['a source', 'According to Tarvel City Hall, hotels in the city were fully booked.', 'Tarvel City Hall'],
    ['thanked', 'The minister thanked Kessu Town Hall and the volunteers for their work.', 'Kessu Town Hall'],
    ['a speaker', 'On Monday, Ostrana City Hall said the market would reopen in May.', 'Ostrana City Hall'],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.locations)).not.toContain(name);
  });

  it('takes the name without its town as a short form', () => {
    const entities = entitiesOf(
      'The mayor thanked Tarvel City Hall staff. According to City Hall, hotels were full.',
    );
    expect(entities.organizations).toEqual([{ name: 'Tarvel City Hall', aliases: ['City Hall'] }]);
  });

  it.each([
    ['a venue', 'The reception was held at Tarvel City Hall on Friday.', 'Tarvel City Hall'],
    ['a building', 'Kessu Town Hall was built in 1890 by local masons.', 'Kessu Town Hall'],
    ['a place to march to', 'The march ended outside Ostrana City Hall at noon.', 'Ostrana City Hall'],
  ])('stays a place as %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});

describe('a local government that owns a named body', () => {
  it.each([
    [
      'a department',
      "The sweep was organized with the City of Porto's Water and Waste Department, which collected bags.",
      ['City of Porto', 'Water and Waste Department'],
    ],
    [
      'an office',
      "Grants come from the Municipality of Lisbon's Arts Office each spring.",
      ['Municipality of Lisbon', 'Arts Office'],
    ],
  ])('%s: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });

  it('stays a place before a common noun', () => {
    expect(namesOf(entitiesOf("Residents of the City of Porto's east side voted.").organizations)).toEqual(
      [],
    );
  });
});

describe('a local government that does something after "by" or a noun of help', () => {
  it.each([
    ['the agent of a passive', 'The festival was organised by the City of Orvel.', 'City of Orvel'],
    ['a supporter', 'The race ran with the support of the County of Kessu.', 'County of Kessu'],
    [
      'the sender of news',
      'News from Orvel Municipality\n\nThe ferry resumed on Monday.',
      'Orvel Municipality',
    ],
    [
      'the sender of a statement',
      'In a statement from the County of Kessu, the ferry was said to resume.',
      'County of Kessu',
    ],
    [
      'a supporter named second',
      'The carnival was hosted with the support of Hockey Tarvo and the City of Orvel.',
      'City of Orvel',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.locations)).not.toContain(name);
  });

  it.each([
    ['a destination', 'Visitors came to the City of Orvel for the fair.', 'City of Orvel'],
    ['a journey named second', 'He flew from Kessu to Tarvo and the City of Orvel.', 'City of Orvel'],
    ['a way passed by', 'The route passed by the City of Orvel at noon.', 'City of Orvel'],
    ['a place goods come from', 'Fresh fish from Orvel Municipality sold out.', 'Orvel Municipality'],
  ])('stays a place as %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});

describe('a local government ranked before its head', () => {
  it.each([
    [
      'a provincial municipality and the place it governs',
      'The fair is run with the Provincial Municipality of Kessora and a guild of printers.',
      'Provincial Municipality of Kessora',
    ],
    [
      'a provincial municipality listed before a ministry',
      "It is organised with the Provincial Municipality of Kessora and Peru's Ministry of Culture.",
      'Provincial Municipality of Kessora',
    ],
    [
      'a metropolitan municipality that speaks',
      'The Metropolitan Municipality of Orvada said the bridge would reopen in May.',
      'Metropolitan Municipality of Orvada',
    ],
    [
      'a greater municipality as a partner, though its place weighs more',
      'The campaign ran in partnership with the Greater Tarvel Municipality and two clinics.',
      'Greater Tarvel Municipality',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.locations)).not.toContain(name);
  });

  it.each([
    ['a place to stay in', 'Hotels in the Provincial Municipality of Kessora were full.'],
    ['a place described', 'The Provincial Municipality of Kessora is home to 9,000 people.'],
    ['a named place with its own head', 'The road crosses the Orvo Municipality of the Tarvel Region.'],
  ])('names no body as %s: %s', (_phenomenon, text) => {
    expect(entitiesOf(text).organizations).toEqual([]);
  });
});
