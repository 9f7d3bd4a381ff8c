import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('sides named in a match result', () => {
  it.each([
    ['before a score', 'In the final, the hosts beat Kessu Rovers 21-7 on Sunday.', 'Kessu Rovers'],
    [
      'subject of a result verb',
      'In the semifinals, Ostrana Wanderers edged the hosts 14-12.',
      'Ostrana Wanderers',
    ],
    ['the side that lost', 'On Sunday, Tarvel Harriers lost to Kessu Rovers 1-3 at home.', 'Tarvel Harriers'],
    ['the side it lost to', 'On Sunday, Tarvel Harriers lost to Kessu Rovers 1-3 at home.', 'Kessu Rovers'],
    ['after a clause', 'In the semifinals, Kessu Rovers beat the visitors 3-1.', 'Kessu Rovers'],
    ['a score with a colon', 'On Saturday, Tarvel Harriers drew with the visitors 2:2.', 'Tarvel Harriers'],
    [
      "after its country's possessive",
      "The hosts defeated Ghana's Accra Coast Eagles 2-0.",
      'Accra Coast Eagles',
    ],
    ['after "the" and a result verb', 'Kessu beat the Tarvel Raiders 2-1 on Sunday.', 'Tarvel Raiders'],
    [
      'with where it comes from before the score',
      'The hosts beat the Orvale Kings from Tembe 2-1 in the final.',
      'Orvale Kings',
    ],
    ['after "the" and "to"', 'On Sunday, the hosts lost to the Kessu Hawks 1-3.', 'Kessu Hawks'],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.people)).not.toContain(name);
  });

  it.each([
    ['players', 'Ana Lima beat Jo Vidal 6-3 in the final.', 'Ana Lima'],
    [
      'a described player',
      'She beat home favourite Ni Made Ayu Wulandari 11-7 in the final.',
      'Ni Made Ayu Wulandari',
    ],
    ['national sides', 'Kenya beat Uganda 2-1 on Sunday.', 'Kenya'],
    [
      "a country's possessive before a player",
      "She beat Spain's Maria Lopez 6-3 in the final.",
      'Maria Lopez',
    ],
    ['a runner and a time', 'Later, Kiplagat Mwangi won the race in 59:58 on Sunday.', 'Kiplagat Mwangi'],
    ['a runner named by surname', 'Kiprono won the race in 59:58 on Sunday.', 'Kiprono'],
    ['a product and its model', 'The route will be flown with a 76-seat ATR 72-600 from May.', 'ATR'],
    ['a range that is no score', 'Prices in Tarvel rose 10-12 percent this year.', 'Tarvel'],
    ['a player after "the"', 'She beat the defending champion Maria Lopez 6-3.', 'Maria Lopez'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});

describe('a club written without its sport and "Club"', () => {
  it.each([
    [
      'the words before the sport',
      'Kessu Rovers Rugby Club won on Sunday. Later, Kessu Rovers edged the hosts 14-12.',
      { name: 'Kessu Rovers Rugby Club', aliases: ['Kessu Rovers'] },
    ],
    [
      'the words after "Club" and the sport',
      'On Sunday, Club Atlético Velmora won the final. In the semifinal, Velmora beat the hosts 3-1.',
      { name: 'Club Atlético Velmora', aliases: ['Velmora'] },
    ],
  ])('%s: %s', (_phenomenon, text, organization) => {
    expect(entitiesOf(text).organizations).toContainEqual(organization);
  });
});

describe('a name before a lower-case team noun', () => {
  it.each([
    [
      'a runner of a club',
      "In the women's race, Ruth Wanjiru of the Kibera Hill Harriers club in Tarvel won.",
      'Kibera Hill Harriers',
      'Ruth Wanjiru',
    ],
    [
      'a player of a team',
      'The trophy went to Jo Mensah of the Kessu Valley Kings team on Sunday.',
      'Kessu Valley Kings',
      'Jo Mensah',
    ],
  ])('%s: %s', (_phenomenon, text, team, person) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(team);
    expect(namesOf(entities.people)).toContain(person);
  });

  it.each([
    ['a national side', 'The Kenya team won the relay on Sunday.', 'Kenya'],
    ['a word that says what it represents', 'The Olympic team left on Monday.', 'Olympic'],
  ])('not %s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});
