import { describe, expect, it } from 'vitest';
import { rangeIn } from '../entities/entity-context.test-support.ts';
import { personEvidence } from './person-evidence.ts';

/** The person evidence for `name` where `text` first writes it. */
function evidenceFor(text: string, name: string): number {
  const { context, range } = rangeIn(text, name);
  return personEvidence(context, range);
}

/** The score a candidate needs to be listed at all. */
const THRESHOLD = 2;

describe('personEvidence', () => {
  it.each<[string, string, string]>([
    ['a title before the name', 'The fair was opened by Minister Odile Brun on Monday.', 'Odile Brun'],
    ['a middle initial', 'The fair was opened by Odile K. Brun on Monday.', 'Odile K. Brun'],
    ['a speech verb after the name', 'Odile Brun said the fair was open.', 'Odile Brun'],
    ['an age in apposition', 'Odile Brun, 74, opened the fair.', 'Odile Brun'],
    [
      'a given name and a double surname',
      'The fair was opened by Helen Tane-Marsh on Monday.',
      'Helen Tane-Marsh',
    ],
    [
      'a given name and a surname that heads places, before a speech verb',
      'Rita Valley said the fair was open.',
      'Rita Valley',
    ],
    [
      'a title labelling the name after a colon',
      'Norvale Ltd (head office: Tarvel; President: Okabe Ren) opened a plant.',
      'Okabe Ren',
    ],
    ['the director of a film', 'The prize went to a film directed by Odile Brun Vasco.', 'Odile Brun Vasco'],
    [
      'the first of two surnames speaking alone',
      'The prize went to Odile Brun Vasco. "We filmed for a year," Brun said.',
      'Odile Brun Vasco',
    ],
  ])('supports a person: %s', (_case, text, name) => {
    expect(evidenceFor(text, name)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each<[string, string, string]>([
    ['a name qualifying a noun after "the"', 'Crowds filled the Odile Brun stadium on Sunday.', 'Odile Brun'],
    [
      'a name after a noun for a place of a trade',
      'Wine came from the winery Casa Monte Rubio in the valley.',
      'Casa Monte Rubio',
    ],
    [
      'a name after a noun for a kind of organization',
      'Funds came from the start-up Kora Nilsen Labs in Oslo.',
      'Kora Nilsen Labs',
    ],
    [
      'a middle word of a name of four words speaking alone',
      'Funds came from Kora Nilsen Trade Partners. "We are glad," Nilsen said.',
      'Kora Nilsen Trade Partners',
    ],
    [
      'a place after a label that is no title',
      'Norvale Ltd (head office: Tarvel City) opened a plant.',
      'Tarvel City',
    ],
  ])('gives little or nothing: %s', (_case, text, name) => {
    expect(evidenceFor(text, name)).toBeLessThan(THRESHOLD);
  });
});
