import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('names that look like places but are not', () => {
  it.each([
    ['a caption word', 'Photo: Tarvel Harbour Authority. The ferry left at dawn.', 'Photo'],
    ['a month after a phrasal verb', 'The accord with Tarvel was signed in May.', 'May'],
    ['a link to a gallery', 'Video gallery\n\nThe ferry left Marvik at dawn.', 'Video'],
    ['the State of a title', 'Secretary of State Oskar Lindqvel opened the plant.', 'State'],
    [
      "an orchestra's name that holds its country",
      'A soloist of the National Philharmonic of Iceland performed first.',
      'Iceland',
    ],
    ['the kind of place a title covers', 'UNDP Country Representative Jane Doe opened the plant.', 'Country'],
    ['a region a title covers', 'Acme Region Manager Tom Roe spoke.', 'Region'],
    [
      'a title after a harbour',
      'The club thanks the Harbour Master, Captain Tom Roe, and the crews.',
      'Harbour Master',
    ],
    [
      'a city hall that is thanked',
      'The mayor thanked Marvik City Hall and the volunteers.',
      'Marvik City Hall',
    ],
    ['a town hall as a source', 'According to Town Hall, every hotel was booked.', 'Town Hall'],
    [
      'a pronoun after a place',
      '« Tarvo el-Kessu is not a museum. It is a living city where people walk. »',
      'It',
    ],
    ['an ocean read as a place before a noun', 'It is a museum of Pacific whaling.', 'Pacific'],
    ['a name read as a place before a noun', 'The Oskel fishing fleet sailed.', 'Oskel'],
    [
      'a university named after its region',
      'Some 40 students from Ladakh State University in Kargil also took part.',
      'Ladakh State University',
    ],
    [
      "a port company's legal form",
      'He said Murmansk Sea Trade Port CJSC will open a new berth.',
      'Murmansk Sea Trade Port CJSC',
    ],
    [
      'a centre of research',
      'The seedlings came from the Ladakh Agricultural Research Centre last year.',
      'Ladakh Agricultural Research Centre',
    ],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });

  it.each([
    ['a town hall after "at"', 'The gala was held at Osterby Town Hall on Friday.', 'Osterby Town Hall'],
    ['a city hall after "outside"', 'Crowds gathered outside Marvik City Hall.', 'Marvik City Hall'],
    ['a name before a village after "at"', 'Nurses held a session at Kessuvo village on Monday.', 'Kessuvo'],
    ['rivers named before their plural noun', 'Talks covered the Oro Kel and Tamu Kel rivers.', 'Tamu Kel'],
    ['a sports complex', 'Finals were held at the Ladakh Sports Complex on Sunday.', 'Ladakh Sports Complex'],
    [
      'a convention centre',
      'The talks were held at the Ladakh Convention Centre.',
      'Ladakh Convention Centre',
    ],
  ])('%s: %s', (_phenomenon, text, place) => {
    expect(placesOf(text)).toContain(place);
  });
});
