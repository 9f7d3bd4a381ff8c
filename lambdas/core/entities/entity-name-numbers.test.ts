import { describe, expect, it } from 'vitest';
import { readEntityTerms } from '../nlp/entity-terms.ts';
import { parseRelease } from '../nlp/world.ts';
import { entitiesOf, namesOf } from './entities.test-support.ts';
import { isInstitutionNumber } from './entity-name-numbers.ts';

describe('numbered institutions', () => {
  it.each([
    ['Pupils of Orvel Public School No. 17 sang.', 'Orvel Public School No. 17'],
    ['Doctors of Kessu City Hospital Nr 3 in Tarvel helped.', 'Kessu City Hospital Nr 3'],
    ['Staff of Dalvik Secondary School No 9, who came, sang.', 'Dalvik Secondary School No 9'],
  ])('lists the body with its number: %s', (text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });

  it.each([
    ['a document, no body', 'Decree No. 4 was signed in Tarvel.', 1],
    ['a place', 'The Kessu Square No. 4 fountain works.', 3],
    ['a number with a letter', 'Orvel School No. 4B opened.', 2],
    ['a sign with no number', 'The Orvel School No one came.', 3],
  ])('reads no institution number after %s: %s', (_case, text, at) => {
    expect(isInstitutionNumber(readEntityTerms(parseRelease(text)), at)).toBe(false);
  });

  it("reads the number after a body's head", () => {
    expect(isInstitutionNumber(readEntityTerms(parseRelease('Orvel School No. 4 opened.')), 2)).toBe(true);
  });
});
