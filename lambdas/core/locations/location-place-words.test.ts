import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { isGazetteerPlaceName, joinsTwoCountries } from './location-place-words.ts';

describe('a known place inside a longer name', () => {
  it.each([
    [
      'common words before a region',
      'Volunteers of Clean Seas Tasmania met on Sunday.',
      'Clean Seas Tasmania',
    ],
    ['a word after a city and its head', 'The Kisumu Bay Sharks lost the final.', 'Kisumu Bay Sharks'],
    ['two countries side by side', 'Staff of Antarctica Norway witnessed the signing.', 'Antarctica Norway'],
  ])('%s is no place', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).locations)).not.toContain(name);
  });

  it.each([
    ['a direction before a country', 'The convoy reached South Sudan on Monday.', 'South Sudan'],
    ['a direction before a city', 'The games were held in Greater Manchester.', 'Greater Manchester'],
    ['a sea and its coast', 'Resorts on the Red Sea Coast reopened.', 'Red Sea Coast'],
    ['a direction before a river', 'Floods hit the Upper Nile region again.', 'Upper Nile'],
    ['a feature word opening the name', 'Hikers returned to the Lake District in May.', 'Lake District'],
    ['two places joined by "and"', 'The team flew to Trinidad and Tobago.', 'Trinidad and Tobago'],
    ['one country of three words', 'The ship docked in Papua New Guinea.', 'Papua New Guinea'],
    [
      'a feature after a known region',
      'They crossed the Northern Kessu Ice Field.',
      'Northern Kessu Ice Field',
    ],
    ['a city and a port', 'The ferry docked in Port Louis at dawn.', 'Port Louis'],
    ['a Scottish loch', 'The new hut overlooks Loch Tarvaig.', 'Loch Tarvaig'],
    ['an Irish lough', 'Rowers crossed Lough Kessin on Sunday.', 'Lough Kessin'],
  ])('%s stays a place', (_phenomenon, text, name) => {
    const forms = entitiesOf(text).locations.flatMap((place) => [place.name, ...(place.aliases ?? [])]);
    expect(forms).toContain(name);
  });
});

describe('joinsTwoCountries', () => {
  it.each([
    [['Antarctica', 'Norway'], true],
    [['Norway', 'Finland'], true],
    [['Papua', 'New', 'Guinea'], false],
    [['New', 'Zealand'], false],
    [['Business', 'Norway'], false],
    [['Norway'], false],
  ])('%j: %s', (words, expected) => {
    expect(joinsTwoCountries(words)).toBe(expected);
  });
});

describe('isGazetteerPlaceName', () => {
  it.each<[string[], boolean]>([
    [['El', 'Salvador'], true],
    [['Sri', 'Lanka'], true],
    [['Costa', 'Rica'], true],
    [['Nora', 'Field'], false],
    [['Salvador'], false],
    [[], false],
  ])('%j: %s', (words, known) => {
    expect(isGazetteerPlaceName(words)).toBe(known);
  });
});

describe('a place known by its whole name, whose words name people one by one', () => {
  it.each([
    ['Growers in El Salvador said prices had doubled.', 'El Salvador'],
    ['Farmers in Sri Lanka said the rains came late.', 'Sri Lanka'],
  ])('%s', (text, place) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.locations)).toContain(place);
    expect(namesOf(entities.people)).toEqual([]);
  });
});
