import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

const placesOf = (text: string): string[] => namesOf(entitiesOf(text).locations);

describe('places joined by a hyphen before a route noun', () => {
  it.each([
    [
      'three towns on a road',
      'Work on the Tarvel-Ostrana-Kessu road resumes in May.',
      ['Tarvel', 'Ostrana', 'Kessu'],
    ],
    ['a section of a line', 'The study covers the Marvik-Oskel section of the line.', ['Marvik', 'Oskel']],
    [
      'a railway between two cities',
      'Trains on the Velmar-Tembaru railway will run hourly.',
      ['Velmar', 'Tembaru'],
    ],
    [
      'a border between two countries',
      'Trucks queued at the Norvia-Kalesh border for days.',
      ['Norvia', 'Kalesh'],
    ],
  ])('%s: %s', (_phenomenon, text, places) => {
    for (const place of places) expect(placesOf(text)).toContain(place);
  });

  it.each([
    ['a double-barrelled surname', 'Anna Lund-Berg said the plan was ready.', 'Berg'],
    ['a hyphenated brand before another noun', 'The Vexa-Tron factory will hire 200 workers.', 'Tron'],
    ['a pairing with no route noun', 'The Tarvel-Ostrana talks ended on Friday.', 'Ostrana'],
  ])('%s: %s', (_phenomenon, text, notPlace) => {
    expect(placesOf(text)).not.toContain(notPlace);
  });
});
