import { describe, expect, it } from 'vitest';
import type { EntityContext } from './entity-context.ts';
import { readEntityTerms } from './nlp/entity-terms.ts';
import { parseRelease } from './nlp/world.ts';
import { personEvidence } from './person-evidence.ts';
import { prepareText } from './release-text.ts';

/** The person evidence for `name` where `text` first writes it. */
function evidenceFor(text: string, name: string): number {
  const release = prepareText(text);
  const terms = readEntityTerms(parseRelease(release.text));
  const context: EntityContext = {
    text: release.text,
    terms,
    knownForms: new Set(),
    commonAcronyms: new Set(),
  };
  const start = release.text.indexOf(name);
  const from = terms.findIndex((term) => term.start === start);
  const to = terms.findIndex((term) => term.end === start + name.length);
  return personEvidence(context, { from, to });
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
  ])('gives little or nothing: %s', (_case, text, name) => {
    expect(evidenceFor(text, name)).toBeLessThan(THRESHOLD);
  });
});
