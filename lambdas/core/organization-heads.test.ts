import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

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
