import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('the office that signs for an organization', () => {
  it.each([
    [
      'a press service',
      'The talks ended.\n\nPress Service of the Ministry of Energy of the Republic of Malvania\n',
      ['Ministry of Energy of the Republic of Malvania'],
    ],
    [
      'a media office inside a sentence',
      'Reporters wrote to the Media Office of the Quintral Group on Friday.',
      ['Quintral Group'],
    ],
    [
      'an office of a person, which stays',
      'It was signed at the Office of the Prime Minister.',
      ['Office of the Prime Minister'],
    ],
    [
      'a department with a portfolio, which stays',
      'The Department of Health of Malvania sent staff.',
      ['Department of Health of Malvania'],
    ],
  ])('%s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });
});

describe('a communication unit named alone', () => {
  it.each([
    [
      'a press office in a closing line',
      'Kelmor Water Authority opened a plant.\n\nIssued by the Press Office, Kelmor Water Authority.\n',
      ['Kelmor Water Authority'],
    ],
    [
      'an office of communications in a contact line',
      'Tarvel University won.\n\nMedia inquiries: Office of Communications, Tarvel University\n',
      ['Tarvel University'],
    ],
    ['media relations', 'Orvo Bank grew.\n\nContact: Media Relations, Orvo Bank\n', ['Orvo Bank']],
    [
      'a communications department',
      'Write to the Communications Department of Ostrava Rail Group.',
      ['Ostrava Rail Group'],
    ],
    [
      'a press and information office',
      'The Press and Information Office said Norland Gas would pay.',
      ['Norland Gas'],
    ],
    ["a club's media office in a byline", 'Posted by Club Media on 3 May. Tarvel Rovers won the cup.', []],
    [
      "a university's communications office",
      'University Communications said Norland Gas would pay.',
      ['Norland Gas'],
    ],
    [
      "corporate communications after its head's title",
      'Norland Gas will pay.\n\nMedia contact: Ilse Varga, Head of Corporate Communications\n',
      ['Norland Gas'],
    ],
  ])('%s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });

  it.each([
    ['a press association', 'The Kelmor Press Association met.', 'Kelmor Press Association'],
    ['a media group', 'The Norland Media Group bought it.', 'Norland Media Group'],
    ['a media company named by its owner', 'Shares of Kessu Media rose on Monday.', 'Kessu Media'],
    ['a communications company', 'Shares of Orvo Communications rose on Monday.', 'Orvo Communications'],
    [
      'a communications group with a unit word',
      'The Strategic Communications Group won the tender.',
      'Strategic Communications Group',
    ],
    [
      'a public service commission',
      'The Public Service Commission met on Monday.',
      'Public Service Commission',
    ],
    ['an information ministry', 'The Ministry of Information said it would help.', 'Ministry of Information'],
  ])('keeps %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });
});

describe('a head that may also name a venue, before its field', () => {
  it.each([
    ['"for" and a field', 'The Centre for Coastal Studies said it.', 'Centre for Coastal Studies'],
    [
      '"of" and a field of two words',
      'Data came from the Centre of Hydrological Service of the Republic of Kelmor.',
      'Centre of Hydrological Service of the Republic of Kelmor',
    ],
  ])('%s is a body', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual([name]);
  });

  it.each([
    ['a town after "of"', 'They walked through the Centre of Tarvel on Monday.'],
    ['a province after "of"', 'They walked through the Centre of Tarvel Province on Monday.'],
    ['a venue named before its head', 'They met at the Tarvel Convention Centre on Monday.'],
  ])('%s is no body', (_phenomenon, text) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual([]);
  });
});

describe('heads of firms and boards named for their trade or their members', () => {
  it.each([
    [
      'a brewer named after its street',
      'The race was sponsored by Tarvel Seafoods and Mill Lane Brewing.',
      ['Tarvel Seafoods', 'Mill Lane Brewing'],
    ],
    [
      'a board named by its members',
      'The club thanks the Orvo Port Commissioners for their help.',
      ['Orvo Port Commissioners'],
    ],
    ['a food company', 'Kessu Foods said it would build a plant.', ['Kessu Foods']],
    [
      'a polytechnic of a field',
      'The course was run by the Tembe Polytechnic of Fisheries in May.',
      ['Tembe Polytechnic of Fisheries'],
    ],
    [
      'a philharmonic of a country',
      'Ana Lupu, a soloist of the State Philharmonic of Orvalia, played.',
      ['State Philharmonic of Orvalia'],
    ],
  ])('%s: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });

  it('leaves the street a place when no trade word follows it', () => {
    expect(namesOf(entitiesOf('The parade went down Mill Lane on Sunday.').locations)).toEqual(['Mill Lane']);
  });
});

describe('the field of an office is no organization', () => {
  it.each([
    [
      'a field of two words before the holder',
      'Opening the talks, Orvalian Minister of Water Resources Ana Lupu said the canal would reopen.',
      [],
    ],
    [
      'a field joined by "and"',
      "Kessu's Deputy Minister of Energy and Mineral Resources Jo Mensah said so.",
      [],
    ],
    [
      'a body after the title, which stays',
      'The President of the Tarvel Mining Group spoke.',
      ['Tarvel Mining Group'],
    ],
  ])('%s: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });
});

describe("a people's adjective and 'Government' before a noun", () => {
  it('qualifies the noun and names no government', () => {
    const text = "The embassy presented this year's Chilean Government scholarships to students.";
    expect(namesOf(entitiesOf(text).organizations)).toEqual([]);
  });

  it('names the government as the subject of a verb', () => {
    const text = 'The Chilean Government said it would pay for the road.';
    expect(namesOf(entitiesOf(text).organizations)).toEqual(['Chilean Government']);
  });
});

describe('forces head the names of bodies', () => {
  it.each([
    [
      'a police force',
      'Some 300 runners took part, according to the Kessu Police Force.',
      ['Kessu Police Force'],
    ],
    ['an air force', 'Jets of the Orvel Air Force flew over Dalvik.', ['Orvel Air Force']],
  ])('%s: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });

  it('a survey of the labour force names no body', () => {
    expect(namesOf(entitiesOf('The Labour Force Survey of Tarvel came out in May.').organizations)).toEqual(
      [],
    );
  });
});

describe('national societies of the Red Cross movement', () => {
  it.each([
    ['a crescent', 'Aid reached Dalvik through the Kessian Red Crescent.', ['Kessian Red Crescent']],
    ['a cross', 'Doctors came with the Tarvonian Red Cross on Monday.', ['Tarvonian Red Cross']],
  ])('%s: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });

  it('a street named for the emblem alone is no society', () => {
    expect(namesOf(entitiesOf('They met at 4 Red Crescent in Tarvel.').organizations)).toEqual([]);
  });
});

describe('heads that Malay and Indonesian write first', () => {
  it.each([
    ['a city council', 'The Majlis Bandaraya Kessu approved the plan.', 'Majlis Bandaraya Kessu'],
    ['a health office', 'Officials of the Dinas Kesehatan Tarvo met on Monday.', 'Dinas Kesehatan Tarvo'],
  ])('head a body written first: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual([name]);
  });

  it('written last, as a loan word of English, name a venue', () => {
    const { organizations, locations } = entitiesOf(
      'The closing recital at Orvani Majlis on Friday evening drew 300 guests.',
    );
    expect(namesOf(organizations)).toEqual([]);
    expect(namesOf(locations)).toEqual(['Orvani Majlis']);
  });
});
