import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a meeting people gather for is an event, not a body', () => {
  it.each([
    [
      'a count after a verb of gathering',
      "Earlier on Friday, the Young Growers' Forum brought together about 400 participants to discuss credit.",
      "Young Growers' Forum",
    ],
    [
      'people attending it',
      'More than 300 chemists are attending the Northern Catalysis Conference in Tarvel.',
      'Northern Catalysis Conference',
    ],
    [
      'people gathered for it',
      'Ministers gathered in Kessel on Monday for the Amber Rail Forum to discuss freight.',
      'Amber Rail Forum',
    ],
    [
      "its edition's title after it",
      'Ministers met in Kessel for the International Rail Forum "Amber Gate 2026", which is dedicated to freight.',
      'International Rail Forum',
    ],
    [
      "its edition's short form after it",
      'Chemists are in Tarvel for the Northern Catalysis Conference (NCC 2026), which Orlen University hosts.',
      'Northern Catalysis Conference',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });

  it.each([
    [
      'a forum that speaks',
      'The Kessel Business Forum said on Monday it would appeal the ruling.',
      'Kessel Business Forum',
    ],
    [
      "a meeting of the forum's members",
      'Delegates attended the Kessel Business Forum board meeting on Tuesday.',
      'Kessel Business Forum',
    ],
    [
      'a council that draws submissions',
      'The Tarvel Arts Council drew 400 entries for its prize this year.',
      'Tarvel Arts Council',
    ],
    [
      'a body with its short form',
      'The Orlen Dairy Conference (ODC) said it would publish prices.',
      'Orlen Dairy Conference',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toContain(name);
  });
});
