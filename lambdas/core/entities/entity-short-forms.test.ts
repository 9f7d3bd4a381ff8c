import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../types.ts';
import { isShortFormOf } from './entity-short-forms.ts';
import type { Entity } from './found-entity.ts';

const entityOf = (kind: EntityKind, name: string): Entity => ({ kind, name, aliases: [], score: 1 });

describe('isShortFormOf', () => {
  it.each<[string, EntityKind, string, string, boolean]>([
    ['a surname', 'person', 'Varga', 'Ilse Varga', true],
    ['a word the full name lacks', 'person', 'Mbeki', 'Ilse Varga', false],
    ['initials', 'organization', 'TRB', 'Tessaly Rail Board', true],
    ['initials with full stops', 'location', 'U.K.', 'United Kingdom', true],
    ['initials without the legal form', 'organization', 'KFR', 'Kessel Freight Rail, Inc.', true],
    ['initials with the legal form', 'organization', 'KFRI', 'Kessel Freight Rail, Inc.', true],
    ['initials of only some words', 'organization', 'KF', 'Kessel Freight Rail, Inc.', false],
    ['the name without its head', 'organization', 'Velmar', 'Velmar Foundation', true],
    ['a name with a head of its own', 'organization', 'Pacific Forum', 'Pacific Forum Secretariat', false],
    ['an acronym before the head of an organ', 'organization', 'ZOKU', 'ZOKU Commission', false],
    ['a club without its sport', 'organization', 'Tarno Rovers', 'Tarno Rovers Rugby Club', true],
    ['the name without the place before it', 'organization', 'City Hall', 'Ostrava City Hall', true],
    [
      'the name without its owner before it',
      'organization',
      'Ocean Relief Programme',
      'United Nations Ocean Relief Programme',
      true,
    ],
    ['a tail with no head of its own', 'organization', 'Ocean Relief', 'Kessu Harbour Ocean Relief', false],
    ['a tail after three words', 'organization', 'Relief Fund', 'Kessel Tarvel Harbour Relief Fund', false],
    ['the words before "of"', 'organization', 'Harbour Club', 'Harbour Club of Ostrava', true],
    [
      'the words before the last "of"',
      'organization',
      'Secretariat of Culture',
      'Secretariat of Culture of Ostrava',
      true,
    ],
    [
      'a part cut inside a portfolio',
      'organization',
      'Ministry of Trade',
      'Ministry of Trade and Industry',
      false,
    ],
    [
      '"of" and "for" told apart',
      'organization',
      'Andean Institute for Rivers',
      'Andean Institute of Rivers',
      true,
    ],
    [
      'a mission without its seat',
      'organization',
      'Embassy of Norland',
      'Embassy of Norland in Tarvel',
      true,
    ],
    [
      'a body without whose it is',
      'organization',
      'Secretariat of Culture',
      'Secretariat of Culture of Tarvel',
      true,
    ],
    [
      'a portfolio cut short',
      'organization',
      'Ministry of Trade',
      'Ministry of Trade and Industry of Orvania',
      false,
    ],
    [
      'a bare head is no mission without its seat',
      'organization',
      'Embassy',
      'Embassy of Norland in Tarvel',
      false,
    ],
    [
      'a body without another place',
      'organization',
      'Embassy of Norland',
      'Embassy of Kelmor in Tarvel',
      false,
    ],
    [
      'a country\'s adjective for "of" and the country',
      'organization',
      'Orvanian Ministry of Trade',
      'Ministry of Trade of Orvania',
      true,
    ],
    [
      "a country's adjective for a mission with its seat",
      'organization',
      'Kelmorese Embassy',
      'Embassy of the Republic of Kelmor in Tarvel',
      true,
    ],
    [
      "another country's adjective",
      'organization',
      'Orvanian Ministry of Trade',
      'Ministry of Trade of Kelmor',
      false,
    ],
    [
      'another portfolio',
      'organization',
      'Orvanian Ministry of Health',
      'Ministry of Trade of Orvania',
      false,
    ],
    [
      'an adjective that only opens like the country',
      'organization',
      'Ostrian Embassy',
      'Embassy of Ostralia in Tarvel',
      false,
    ],
    ['a feature without its head', 'location', 'Oskel', 'Oskel River', true],
    ['a city without "City"', 'location', 'Tarvel', 'Tarvel City', true],
    ['a country is no short form of its capital', 'location', 'Panama', 'Panama City', false],
    ['a province without its noun', 'location', 'Kessuvo', 'Kessuvo Province', true],
    ['a district without its lower-case noun', 'location', 'Tarvoli', 'Tarvoli district', true],
    ["a district without its own language's noun", 'location', 'Orvessa', 'Orvessa woreda', true],
    ['a lake without "Lake"', 'location', 'Orvatapu', 'Lake Orvatapu', true],
    ['a country without the form of its state', 'location', 'Tarvonia', 'Kingdom of Tarvonia', true],
    [
      'a country for the formal name its adjective opens',
      'location',
      'Turkmenistan',
      'Turkmen Republic',
      true,
    ],
    ['a country is no short form of a longer word', 'location', 'Dominica', 'Dominican Republic', false],
    ["a venue without its owner's name", 'location', 'Innovation House', 'Kessu Innovation House', true],
    ['a region is no venue of its compass point', 'location', 'Tarvo Hills', 'North Tarvo Hills', false],
    ['a name with no venue head keeps its first word', 'location', 'New Orvalia', 'Papa New Orvalia', false],
    ['a country without a two-word form of state', 'location', 'Kessavia', 'Grand Duchy of Kessavia', true],
    ['a town is no short form of a square named after it', 'location', 'Orvel', 'Square of Orvel', false],
    ['a lake is no short form of a city the lexicon knows', 'location', 'Geneva', 'Lake Geneva', false],
    ['a county is no short form of a town the lexicon knows', 'location', 'Eldoret', 'Eldoret County', false],
    [
      'a province is no short form of a region the lexicon knows',
      'location',
      'Yunnan',
      'Yunnan Province',
      false,
    ],
  ])('%s: %s (%s) of %s', (_case, kind, short, full, expected) => {
    expect(isShortFormOf(entityOf(kind, short), entityOf(kind, full))).toBe(expected);
  });

  it.each([
    ['always after "the", the river itself', true, true],
    ['once without "the", the town the river is named after', false, false],
  ])('a place named like a river, written %s', (_case, articled, expected) => {
    const short = { ...entityOf('location', 'Oskel'), articled };
    expect(isShortFormOf(short, entityOf('location', 'Oskel River'))).toBe(expected);
  });
});
