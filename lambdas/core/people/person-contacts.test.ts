import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const BODY = 'The plant opened on Monday.\n\n';

describe('a name alone on its line in a contact block is a person', () => {
  it.each([
    [
      'under a contact label',
      `${BODY}Media contact:\nAma Owusu-Boateng\nama@kessel.example\n`,
      'Ama Owusu-Boateng',
    ],
    [
      'over a job title',
      `${BODY}Ama Owusu-Boateng\nCorporate Affairs Manager, Kessel Foods Limited\n`,
      'Ama Owusu-Boateng',
    ],
  ])('%s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });

  it.each([
    [
      'a unit of the organization on a contact line',
      `${BODY}For more information:\nMedia Relations, City of Kessel\n`,
    ],
    ['a headline over running text', 'Kessel Harbour Works\nThe harbour reopened on Monday after repairs.\n'],
  ])('but not %s', (_case, text) => {
    expect(entitiesOf(text).people).toEqual([]);
  });
});
