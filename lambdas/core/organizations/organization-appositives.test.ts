import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('an appositive with an organization noun', () => {
  it.each([
    [
      'a company that speaks of itself as "its"',
      'Quintral Foods, a honey producer from Cusco, said its sales rose.',
      ['Quintral Foods'],
    ],
    [
      'a name set off after a title, then a list',
      'Among the guests were the Mayor of Tarija, Teuila Faleolo, the board of the port operator Quayline Tarija and players.',
      ['Quayline Tarija'],
    ],
    [
      "an owner's centre named in apposition",
      "Polar Gateway, Tarvel University's centre for ice studies, will lead the survey.",
      ['Polar Gateway', 'Tarvel University'],
    ],
    ["not an owner's second city in apposition", "Kessu, Norway's second city, hosted the fair.", []],
    [
      'a subsidiary of another company',
      'Brightwater, a subsidiary of Kessu Holdings, builds wind turbines.',
      ['Brightwater', 'Kessu Holdings'],
    ],
    [
      'not a place set off before a clause whose subject is an organization noun',
      'Delegates met at the Casa Tarvela in the Barrio Orvo, the first time the network has met abroad.',
      [],
    ],
    [
      'a company whose appositive runs on into a clause',
      'Kessu Grain, a cooperative that is owned by 300 growers, opened a mill.',
      ['Kessu Grain'],
    ],
    [
      'a person who speaks of "her" farm',
      'Ana Quispe, a honey producer from Cusco, said her sales rose.',
      [],
    ],
    [
      'a person who speaks of "his" firm',
      'Tomas Vidal, a coffee producer in Huila, said his harvest grew.',
      [],
    ],
  ])('%s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });
});

describe('a trailing attribution after a name is no appositive', () => {
  it.each([
    ['"the group announced"', 'The sweep will expand to Tarvel and Kessu, the group announced.', 'Kessu'],
    ['"the company said"', 'Sales grew fastest in Ostrana, the company said on Monday.', 'Ostrana'],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });

  it('an appositive still names one: Velmora, a Tarvel-based NGO, ran the clinic.', () => {
    expect(namesOf(entitiesOf('Velmora, a Tarvel-based NGO, ran the clinic.').organizations)).toEqual([
      'Velmora',
    ]);
  });
});
