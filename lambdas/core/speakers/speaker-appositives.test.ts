import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';

const speakersOf = (text: string) => extract(text).quotes.map((quote) => [quote.speaker, quote.text]);

describe('the speaker named before an appositive or a title', () => {
  it.each([
    [
      'an appositive that ends in "the <organization noun>"',
      'The Harbour Authority opened a dock. Kamal Osman, chairman of the board, said the dock was ready.',
      ['Kamal Osman', 'the dock was ready'],
    ],
    [
      'an appositive after a name with an honorific and a patronymic',
      'The Ministry of Trade met on Monday. Datuk Seri Rosnah binti Ali, head of the agency, said exports had grown.',
      ['Rosnah binti Ali', 'exports had grown'],
    ],
    [
      'an organization and a role before the name, after the verb',
      '"We rowed well," said Northwind Rowing Club captain Tomas Berg.',
      ['Tomas Berg', 'We rowed well'],
    ],
    [
      'an organization and a role before the name, before the verb',
      'Tarvel Mining Corporation chief executive Rhona Diallo said that output would rise.',
      ['Rhona Diallo', 'output would rise'],
    ],
    [
      'an organization and a role before the name, after "according to"',
      'According to Ghana Export Authority chief executive Kwame Boateng, shipments would double.',
      ['Kwame Boateng', 'shipments would double'],
    ],
    [
      'a team with no keyword and its coach',
      'The Coastal Falcons won. Coastal Falcons coach Marek Dvorak said his side had prepared well.',
      ['Marek Dvorak', 'his side had prepared well'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(speakersOf(text)).toContainEqual(expected);
  });

  it('keeps the organization as the source when no person is named after "according to"', () => {
    const text = 'According to the Ghana Export Authority, shipments would double.';
    expect(speakersOf(text)).toContainEqual(['Ghana Export Authority', 'shipments would double']);
  });

  it('keeps "the board" as the organization when no person opens the subject', () => {
    const text = 'The Lakeside Harbour Authority met on Monday. The board said that fees would rise.';
    expect(speakersOf(text)).toContainEqual(['Lakeside Harbour Authority', 'fees would rise']);
  });
});
