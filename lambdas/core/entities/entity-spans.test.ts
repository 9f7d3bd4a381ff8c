import { describe, expect, it } from 'vitest';
import { spansOf } from './entity-spans.test-support.ts';

describe('findNameSpans: runs of capitalized words', () => {
  it.each([
    [
      'a name with "of"',
      'The talks were held at the Velmar Institute of Soils.',
      'Velmar Institute of Soils',
    ],
    ['a family-name particle pair', 'The prize went to Britt van der Hoek.', 'Britt van der Hoek'],
    ['a Catalan "i" between two surnames', 'Club president Pere Soler i Vives spoke.', 'Pere Soler i Vives'],
    ['a Dutch "aan het"', 'Tickets are sold at Huis aan het Water in Kessel.', 'Huis aan het Water'],
    ['a lower-case place head', 'The fair was held in the Orvo district.', 'Orvo district'],
    ['a glacier named with its noun', 'Sensors were placed on the Tarvobek glacier.', 'Tarvobek glacier'],
    [
      'an estuary named with its noun',
      'The route passed the mouth of the Kessu Kessu estuary.',
      'Kessu Kessu estuary',
    ],
    ['a legal form after a comma', 'Shares of Velmar Analytics, Inc. rose.', 'Velmar Analytics, Inc.'],
    [
      'a bracketed legal form',
      'The quay was built by Tarvo Dredging (Pty) Ltd last year.',
      'Tarvo Dredging (Pty) Ltd',
    ],
    ['a name after a month in time', 'Until March Kessu Foods paid its staff weekly.', 'Kessu Foods'],
    [
      'a headed name after a possessive determiner',
      '"Our Ministry of Fisheries sees this as an investment," she said.',
      'Ministry of Fisheries',
    ],
    [
      'a number word opening a company name',
      'Nine Oaks Holdings Ltd said it would buy the plant.',
      'Nine Oaks Holdings Ltd',
    ],
    ['a given name that is a month, after "with"', 'She travelled with April Mensah.', 'April Mensah'],
    [
      '"Mar", the sea, after a Spanish particle',
      'The race ended in Punta del Mar on Sunday.',
      'Punta del Mar',
    ],
    ['"Mar" after a Portuguese particle', 'Boats left from Vila do Mar at dawn.', 'Vila do Mar'],
    ['a Swahili "of"', 'The clinic was run by the Tumaini ya Jamii Trust.', 'Tumaini ya Jamii Trust'],
    [
      'a Setswana "of" of another noun class',
      'Funding came from Pula tsa Metse Trust.',
      'Pula tsa Metse Trust',
    ],
    [
      'a place named after a ruler and his epithet',
      'The concert was held in Casimir the Great Square in Kessu.',
      'Casimir the Great Square',
    ],
    [
      "a month's abbreviation inside a shouted dateline name",
      'SANTA ROSA DEL MAR, April 2 (Wire) -- The regatta opened.',
      'SANTA ROSA DEL MAR',
    ],
  ])('%s: %s', (_case, text, span) => {
    expect(spansOf(text)).toContain(span);
  });

  it('a Bantu "of" before a lower-case word joins nothing', () => {
    expect(spansOf('Members of Tumaini wa kwanza met Jamii Trust.')).not.toContain('Tumaini wa kwanza');
  });

  it('a month cut short after a date stays out of the name', () => {
    expect(spansOf('The Orvo Fair opens 3 Mar in Kessel.')).not.toContain('Orvo Fair opens 3 Mar');
  });

  it.each([
    ['a comma ends a name', 'Ilse Varga, Chief Executive, spoke.', 'Ilse Varga, Chief Executive'],
    ['a possessive determiner opens a phrase', 'Our Largest Winter Fair opens soon.', 'Largest Winter Fair'],
    ['a common word opens a sentence', 'Representatives of Velmar attended.', 'Representatives of Velmar'],
    ['a shouted line label', 'SOURCE Velmar Analytics', 'SOURCE Velmar Analytics'],
    ['a place made an adjective', 'The Quito-listed lender grew.', 'Quito-listed'],
    ['"aan" before a word in lower case', 'Kessel Jazz aan zee opened.', 'Kessel Jazz aan zee'],
    ['a number counting the noun after a name', 'Three Tarvo Bank branches closed.', 'Three Tarvo Bank'],
    ['a number counting a name of no plural', 'Two Kessel Partners joined the board.', 'Two Kessel Partners'],
    [
      'a comma before "the" and an epithet',
      'In Kessu, the Great Hall opened on Monday.',
      'Kessu, the Great Hall',
    ],
    [
      'a word not an epithet after "the"',
      'Orvel Kessu the Central Library said.',
      'Orvel Kessu the Central Library',
    ],
    ['a place in brackets after a name', 'Orvo Clinic (Kessel) Ltd staff came.', 'Orvo Clinic (Kessel) Ltd'],
    ['a bracketed form with no form after it', 'Tarvo Dredging (Pty) said so.', 'Tarvo Dredging (Pty)'],
    ['a shouted month before its day', 'TARVEL NEWS MAR 3 -- The regatta opened.', 'TARVEL NEWS MAR'],
    [
      'a lower-case "i" before a word in lower case',
      'See Annex i of the Tarvo Plan.',
      'Annex i of the Tarvo Plan',
    ],
    ['a numbered item in brackets', 'Items Kessu (i) and Orvo (ii) apply.', 'Kessu (i'],
  ])('%s: %s', (_case, text, span) => {
    expect(spansOf(text)).not.toContain(span);
  });
});

describe('findNameSpans: names that commas, dashes or "in" cut in two, joined back', () => {
  it.each([
    [
      'a name that is a series',
      'Funds came from the Energy, Water and Transport Commission this year.',
      'Energy, Water and Transport Commission',
    ],
    [
      'a head whose portfolio is a series',
      'The Ministry of Health, Social Welfare and Water Resources sent staff.',
      'Ministry of Health, Social Welfare and Water Resources',
    ],
    [
      'a portfolio of two words, then a series',
      'Speaking for the Ministry of Home Affairs, Culture and Religion, the envoy thanked them.',
      'Ministry of Home Affairs, Culture and Religion',
    ],
    [
      'a portfolio after "of the", then a series',
      'The Ministry of the Interior, Fisheries and Sport sent staff to Dalvik.',
      'Ministry of the Interior, Fisheries and Sport',
    ],
    [
      'a portfolio of two fields joined by "and", then a series',
      'Grants from the Ministry of Primary and Secondary Education, Culture, Arts and Heritage arrived.',
      'Ministry of Primary and Secondary Education, Culture, Arts and Heritage',
    ],
    [
      'a portfolio after "for"',
      'A grant from the Department for Transport, Housing and Rural Affairs (DTHRA) paid for it.',
      'Department for Transport, Housing and Rural Affairs',
    ],
    [
      "an office's portfolio, before its holder",
      'It was opened by the Minister of Mines, Energy and Petroleum, Dr. Ama Boateng.',
      'Minister of Mines, Energy and Petroleum',
    ],
    [
      'a portfolio after "on"',
      'The Orvo-Kessia Joint Commission on Economic, Scientific and Cultural Cooperation met.',
      'Orvo-Kessia Joint Commission on Economic, Scientific and Cultural Cooperation',
    ],
    [
      'a series whose last field may also head a company',
      'Grants from the Tarvian Department of Sport, Youth and Media paid for it.',
      'Tarvian Department of Sport, Youth and Media',
    ],
    [
      'a joint body after its partners joined by a dash',
      'The Kessa Denki–KPIT Joint Research Laboratory for Smart Ceramics opened on Monday.',
      'Kessa Denki–KPIT Joint Research Laboratory for Smart Ceramics',
    ],
    [
      'a name with the description it officially carries',
      'Orvax, the Seed Alliance, will fund the trial.',
      'Orvax, the Seed Alliance',
    ],
    [
      'a name with its description, closing a pair',
      'The Tarvel Trust and Orvax, the Seed Alliance, opened a clinic.',
      'Orvax, the Seed Alliance',
    ],
    [
      'a name with its description at the end of the sentence',
      'Support came from the Kessu Bank (KB) and Orvax, the Seed Alliance.',
      'Orvax, the Seed Alliance',
    ],
    ['a mission and its seat', 'The Embassy of Norland in Tarvel hosted it.', 'Embassy of Norland in Tarvel'],
    [
      'a mission and a seat named with its article',
      'The Consulate of Orvania in the Republic of Kelmor and Vasta opened.',
      'Consulate of Orvania in the Republic of Kelmor and Vasta',
    ],
  ])('%s: %s', (_case, text, span) => {
    expect(spansOf(text)).toContain(span);
  });

  it.each([
    [
      'a ministry, then a place and a body',
      'Officials of the Ministry of Foreign Affairs, Tarvel City and Kessu Port Authority came.',
      'Ministry of Foreign Affairs',
    ],
    [
      'a ministry, then another body with a head of its own',
      'The Ministry of Trade, Export Promotion Board and Acme Group signed.',
      'Ministry of Trade',
    ],
    [
      'a ministry, then a company whose head is a field word',
      'The Ministry of Culture, Kelvaro Media and Orvo Group signed.',
      'Ministry of Culture',
    ],
    [
      'a portfolio of more than three words before the comma',
      'The Ministry of Rural Water Supply Works Planning, Roads and Bridges met.',
      'Ministry of Rural Water Supply Works Planning',
    ],
    [
      'a ministry "of the" a place, then another body',
      'The Ministry of the Interior, Kessu Port Authority and Orvo Group signed.',
      'Ministry of the Interior',
    ],
    [
      'a ministry of fields joined by "and", then a place and a body',
      'The Ministry of Mines and Energy, Tarvel City and Kessu Trust signed.',
      'Ministry of Mines and Energy',
    ],
    [
      'a name, then another body in a list',
      'Funds came from Orvax, the Seed Alliance, Kessa Bank and the Tarvel Trust.',
      'Seed Alliance',
    ],
    [
      'a place at the end of the sentence, then a body',
      'Funds came from Lisbon, the Seed Alliance.',
      'Seed Alliance',
    ],
    [
      'the first of a pair, before a name with its description',
      'The Tarvel Trust and Orvax, the Seed Alliance, opened a clinic.',
      'Tarvel Trust',
    ],
    ['a place, then a body', 'Funds came from Lisbon, the Seed Alliance, on Monday.', 'Seed Alliance'],
    ['places joined by a dash before a route', 'Trade on the Orvo–Tarvel route grew.', 'Tarvel'],
    [
      'a place before a dash and a name with no joint body',
      'Flights from Orvo–Kessa Denki Airlines resumed.',
      'Kessa Denki Airlines',
    ],
  ])('leaves %s apart: %s', (_case, text, span) => {
    expect(spansOf(text)).toContain(span);
  });

  it('commas end runs; "and" joins two, for the list readers to split', () => {
    expect(spansOf('They visited Tarvel, Orvo and Kelmor in May.')).toEqual(['Tarvel', 'Orvo and Kelmor']);
  });
});
