import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

describe("a particle of a name's own language inside a body's name", () => {
  it.each([
    [
      'a trust named in its own language',
      'The campaign was run by the organisation Pula ya Kgosi Trust and two clinics.',
      'Pula ya Kgosi Trust',
    ],
    [
      'a foundation opening a sentence',
      'Lefa wa Batho Foundation said the clinic would reopen.',
      'Lefa wa Batho Foundation',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).toEqual([name]);
  });

  it.each([
    ['an English preposition between', 'The Kessel in Tarvel Trust met on Monday.', 'Kessel in Tarvel Trust'],
    [
      'no organization head after the particle',
      'Residents of Tarvel ya Kessel met on Monday.',
      'Tarvel ya Kessel',
    ],
  ])('%s: %s', (_phenomenon, text, name) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(name);
  });
});
