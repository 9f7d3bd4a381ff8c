import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

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
