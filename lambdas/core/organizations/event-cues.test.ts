import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a course held each season is an event, not a school', () => {
  it.each([
    [
      'a summer school on a field',
      'The Tarvel Institute of Design opened the second edition of its International Summer School on Timber Architecture.',
      'International Summer School on Timber Architecture',
    ],
    [
      'a winter academy',
      'Forty pupils joined the Kessel Winter Academy, which runs each January.',
      'Kessel Winter Academy',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });

  it.each([
    ['a school named after a hill', 'Pupils of the Summer Hill School sang on Friday.', 'Summer Hill School'],
    [
      'an institute named after a spring',
      'The Orvale Spring Institute said it had hired ten teachers.',
      'Orvale Spring Institute',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });
});

describe("a country's programme used as a means is a scheme, not an agency", () => {
  it.each([
    [
      'after "through"',
      'The ministry would support the lab through the Green Belize Programme.',
      'Green Belize Programme',
    ],
    ['after "under"', 'Grants are paid under the Lesotho Youth Programme.', 'Lesotho Youth Programme'],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });

  it.each([
    [
      'an agency named after no country',
      'Food was delivered through the Orvale Relief Programme.',
      'Orvale Relief Programme',
    ],
    [
      'a programme that speaks',
      'The Belize Youth Programme said 300 people had applied.',
      'Belize Youth Programme',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });
});

describe('a programme of a body named after "of" is its scheme, not an agency', () => {
  it.each([
    [
      'before a defined body',
      'It is run by the Child Nutrition Programme of the Kessu Health Agency (KHA), with district offices.',
      ['Kessu Health Agency'],
    ],
    [
      'before a defined centre',
      'Kits came from the School Meals Programme of the Orvale Family Centre (OFC) in May.',
      ['Orvale Family Centre'],
    ],
    [
      'an agency named without an owner',
      'Aid came from the Tarvo Development Programme (TDP) and the Kessu Food Programme.',
      ['Tarvo Development Programme', 'Kessu Food Programme'],
    ],
  ])('%s: %s', (_phenomenon, text, names) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual(names);
  });
});
