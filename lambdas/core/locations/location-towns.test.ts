import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('towns GeoNames lists', () => {
  // [phenomenon, text, name, whether it is listed as a place]
  it.each([
    ['after a weak preposition', 'Engineers from Sialkot joined the survey team.', 'Sialkot', true],
    ['with no preposition', 'The trials off Tsuruoka ended in March.', 'Tsuruoka', true],
    ['in a list', 'Buses now run via Chiclayo and Sialkot each week.', 'Chiclayo', true],
    ['written without its accent', 'A student from Sokode won the prize.', 'Sokode', true],
    ['the end of a capitalized "of" name', 'The Deputy Head of Mission thanked the hosts.', 'Mission', false],
    ['a month', 'Registration opens in March for every school.', 'March', false],
    ['a town inside an organization', 'Sialkot Tanneries Ltd doubled its exports.', 'Sialkot', false],
  ])('%s: %s', (_phenomenon, text, name, isPlace) => {
    expect(namesOf(entitiesOf(text).locations).includes(name)).toBe(isPlace);
  });

  it('splits a person placed by a town ("X of <town>") into the two', () => {
    const entities = entitiesOf('Liam Okafor of Sialkot won the 10 km race.');
    expect(namesOf(entities.people)).toEqual(['Liam Okafor']);
    expect(namesOf(entities.locations)).toEqual(['Sialkot']);
  });

  it('keeps a person named like no town a person', () => {
    const entities = entitiesOf('Tamar Sialkova, the mayor, said the road would open in June.');
    expect(namesOf(entities.people)).toEqual(['Tamar Sialkova']);
    expect(entities.locations).toEqual([]);
  });
});
