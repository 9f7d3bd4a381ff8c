import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/entities.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';

function entitiesOf(text: string) {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text));
}

function placesOf(text: string): string[] {
  return entitiesOf(text).locations.map((place) => place.name);
}

describe('venues and landmarks named by their feature word', () => {
  it.each([
    ['a cricket ground', 'Parents walked around Tarvo Oval on Saturday.', 'Tarvo Oval'],
    ['a fortress', 'Workshops ran in the Kessu Fortress tent all day.', 'Kessu Fortress'],
    ['a citadel', 'Lanterns lit the Orvel Citadel after dark.', 'Orvel Citadel'],
    ['a mosque', 'Prayers were held at the Velmar Grand Mosque on Friday.', 'Velmar Grand Mosque'],
    ['an economic zone', 'The plant stands in the Marvik Free Economic Zone.', 'Marvik Free Economic Zone'],
    ['a zone of a region', 'Clinics opened in the Tembaru Zone last week.', 'Tembaru Zone'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });
});

describe('rivers, lakes and islands named in their own language', () => {
  it.each([
    ['a river after its name', 'Boats sailed down the Kessu Darya at dawn.', 'Kessu Darya'],
    ['a Mongolian river', 'Herders camp by the Orvel Gol every summer.', 'Orvel Gol'],
    ['a Mongolian lake', 'Anglers fished on Tarvo Nuur last week.', 'Tarvo Nuur'],
    ['an island before its name', 'Divers explored Pulau Kessu last year.', 'Pulau Kessu'],
    ['a river before its name', 'The Río Orvel flooded two villages.', 'Río Orvel'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a company named after a river', 'Sungai Tarvo Sdn Bhd opened a mill.', 'Sungai Tarvo Sdn Bhd'],
    ['a group named after a lake', 'The Lac Group reported higher profits.', 'Lac Group'],
    [
      'a person with a given name like a valley',
      'Wadi Haddad, chief executive of Acme, said so.',
      'Wadi Haddad',
    ],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('a town and the river named after it', () => {
  it.each([
    [
      'the town written without "the"',
      'Bridges now cross the Kessu River. Travel between Kessu and Tarvo is faster.',
      ['Kessu River', 'Kessu', 'Tarvo'],
    ],
    [
      'the river written with "the" and without its head',
      'Students sampled the Orvel River. Counts in the Orvel had fallen.',
      ['Orvel River'],
    ],
  ])('%s: %s', (_phenomenon, text, places) => {
    expect(placesOf(text)).toEqual(places);
  });
});

describe('a division of a region, then "of" and the region', () => {
  it.each([
    ['a zone', 'Clinics opened in the Kessu Zone of Amhara last week.', ['Kessu Zone', 'Amhara']],
    [
      'a municipality',
      'Clinics opened in the Tarvo Municipality of the Orvel Region.',
      ['Tarvo Municipality', 'Orvel Region'],
    ],
  ])('%s: %s', (_phenomenon, text, places) => {
    expect(placesOf(text)).toEqual(places);
  });
});

describe('a venue, then "of" and the city it stands in: one name', () => {
  it.each([
    ['a garden', 'The fair was held at the Botanical Garden of Kessu.', ['Botanical Garden of Kessu']],
    ['a palace', 'Guests gathered in the Royal Palace of Tarvo.', ['Royal Palace of Tarvo']],
  ])('%s: %s', (_phenomenon, text, places) => {
    expect(placesOf(text)).toEqual(places);
  });
});

describe('energy, water and sports sites', () => {
  it.each([
    [
      'a hydropower plant',
      'The minister will visit the Upper Kessu Hydropower Plant on Tuesday.',
      'Upper Kessu Hydropower Plant',
    ],
    ['a wind farm', 'The Tarvo Wind Farm opened in May.', 'Tarvo Wind Farm'],
    ['a dam', 'Water rose behind the Orvel Dam last week.', 'Orvel Dam'],
    ['a reservoir', 'Anglers fished the Kessu Reservoir at dawn.', 'Kessu Reservoir'],
    ['a market ground', 'Crowds filled the Kessu Market Ground on Saturday.', 'Kessu Market Ground'],
    ['a cricket ground', 'Pupils played at the Orvel Cricket Ground.', 'Orvel Cricket Ground'],
    ['showgrounds', 'The show moved to the Tarvo Showgrounds this year.', 'Tarvo Showgrounds'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a plant named only by what it makes', 'Solar Power Plant workers met on Monday.', 'Solar Power Plant'],
    ['a plant of a company', 'Acme Plant managers met on Monday.', 'Acme Plant'],
    ['a group named "Ground"', 'Common Ground said the plan was fair.', 'Common Ground'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('structures named after a titled person', () => {
  it.each([
    [
      'a cultural centre',
      'The forum opened at the Emir Tarek Al-Sabah Cultural Centre.',
      'Emir Tarek Al-Sabah Cultural Centre',
    ],
    ['a mosque', 'Crowds gathered outside the Sultan Omar Ali Mosque.', 'Sultan Omar Ali Mosque'],
    ['a museum', 'The prize was presented at the Queen Halima Museum in Osk.', 'Queen Halima Museum'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    [
      'a surname that is a place word',
      'Minister Jane Hall said the port would reopen.',
      'Minister Jane Hall',
    ],
    ['a surname after a title', 'Minister Jane Hall said the port would reopen.', 'Jane Hall'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('border crossings', () => {
  it.each([
    [
      'a one-stop border post',
      'The campaign was launched at the Kessu One-Stop Border Post.',
      'Kessu One-Stop Border Post',
    ],
    ['a border crossing', 'Trucks queued for hours at the Orvel Border Crossing.', 'Orvel Border Crossing'],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a newspaper named "Post"', 'The Tarvo Post reported the closure on Monday.', 'Tarvo Post'],
    ['"Border Post" without a name', 'The Border Post newspaper reported it.', 'Border Post'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});

describe('places defined with their acronym', () => {
  it.each([
    [
      'an industrial park',
      'The plant opened in the Kessu Industrial Park (KIP) on Monday.',
      'Kessu Industrial Park',
    ],
    [
      'a convention and exhibition centre',
      'The expo closed at the Tarvo Convention and Exhibition Centre (TCEC) on Friday.',
      'Tarvo Convention and Exhibition Centre',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    const entities = entitiesOf(text);
    expect(entities.locations.map((found) => found.name)).toContain(place);
    expect(entities.organizations.map((found) => found.name)).not.toContain(place);
  });

  it.each([
    [
      'a fund named after a sea',
      'The International Fund for Saving the Orvel Sea (IFSOS) met in Kessu.',
      'International Fund for Saving the Orvel Sea',
    ],
    ['a research centre', 'The Kessu Research Centre (KRC) hosted the talks.', 'Kessu Research Centre'],
  ])('%s: %s', (_phenomenon, text, organization) => {
    expect(entitiesOf(text).organizations.map((found) => found.name)).toContain(organization);
  });
});
