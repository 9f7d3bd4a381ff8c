import { describe, expect, it } from 'vitest';
import { quotesNamed } from '../speech/speech-reported.test-support.ts';
import { tokenize } from '../speech/speech-tokens.ts';
import { lowerCaseDescription, resolveDescription, resolvePronounToken } from './speaker-antecedents.ts';
import { contextOf, entitiesNamed } from './speaker-context.test-support.ts';

const entities = entitiesNamed(
  ['Amara Osei', 'Pieter Holm'],
  ['Dunmore Fisheries Company', 'Calder Arts Foundation'],
);

/** The speaker a word at the end of `text` resolves to. */
function pronounAtEnd(text: string, word: string): string | null | undefined {
  const resolved = resolvePronounToken(contextOf(text, entities), word, text.lastIndexOf(word));
  return resolved === undefined ? undefined : (resolved?.name ?? null);
}

describe('resolvePronounToken', () => {
  it.each<[string, string, string, string | null | undefined]>([
    [
      '"she" to the last person talked about',
      'Amara Osei arrived. Pieter Holm left. Then she',
      'she',
      'Pieter Holm',
    ],
    [
      '"they" to an organization that opened the latest sentence',
      'Dunmore Fisheries Company grew. Then they',
      'they',
      'Dunmore Fisheries Company',
    ],
    [
      '"they" after a person is unresolved',
      'Dunmore Fisheries Company grew. Pieter Holm smiled. Then they',
      'they',
      null,
    ],
    ['"he" with nobody before it', 'The boats came in. Then he', 'he', null],
    ['a word that is no pronoun', 'Amara Osei arrived. Then boats', 'boats', undefined],
  ])('%s', (_case, text, word, expected) => {
    expect(pronounAtEnd(text, word)).toBe(expected);
  });
});

describe('resolveDescription', () => {
  const text =
    'Fisheries Minister Amara Osei toured the port. Dunmore Fisheries Company hosted her. Director Pieter Holm of the Calder Arts Foundation came too. Later the';
  it.each<[string, string, string | null]>([
    ['a title someone holds', 'minister', 'Amara Osei'],
    ['an organization noun in a listed name', 'company', 'Dunmore Fisheries Company'],
    ['the last word of a listed name', 'foundation', 'Calder Arts Foundation'],
    ['a title nobody holds', 'mayor', null],
    ['a person described by age: the person talked about last', '54-year-old', 'Pieter Holm'],
  ])('%s', (_case, noun, expected) => {
    expect(resolveDescription(contextOf(text, entities), noun, text.length)?.name ?? null).toBe(expected);
  });
});

describe('resolveDescription: a person described by age', () => {
  it('is nobody when no person was named before', () => {
    const text = 'Dunmore Fisheries Company hosted the fair. Later the';
    expect(resolveDescription(contextOf(text, entities), 'six-year-old', text.length)).toBeNull();
  });

  it('opens a sentence for the person named last, not one a word after its comma describes', () => {
    const text =
      'Pieter Holm spoke first. Amara Osei won the race. The 31-year-old, who trains by the sea, said she would race again.';
    expect(quotesNamed(text, ['Amara Osei', 'Pieter Holm'])).toContainEqual({
      speaker: 'Amara Osei',
      text: 'she would race again',
      type: 'indirect',
    });
  });

  it('speaks for the person named before, as a subject', () => {
    const text =
      'Amara Osei won the race. The 31-year-old, who trains by the sea, said she would race again.';
    expect(quotesNamed(text, ['Amara Osei'])).toContainEqual({
      speaker: 'Amara Osei',
      text: 'she would race again',
      type: 'indirect',
    });
  });
});

describe('resolveDescription: a body whose name ends in the noun, named just before', () => {
  const bodies = entitiesNamed(
    [],
    ['Harrow Lane Residents Forum', 'Kestrel Valley Trust', 'Oduya Seeds Company'],
  );
  it.each<[string, string, string, string | null]>([
    [
      'a body named after the subject of its sentence',
      'The Kestrel Valley Trust will pick the species, and the Harrow Lane Residents Forum will water the trees. According to the',
      'forum',
      'Harrow Lane Residents Forum',
    ],
    [
      'the subject, when its name ends in the noun',
      'The Kestrel Valley Trust will pick the species, and the Harrow Lane Residents Forum will water the trees. According to the',
      'trust',
      'Kestrel Valley Trust',
    ],
    [
      'a business noun goes to the subjects',
      'The Kestrel Valley Trust will pick the species with the Oduya Seeds Company. According to the',
      'company',
      'Oduya Seeds Company',
    ],
  ])('%s', (_case, text, noun, expected) => {
    expect(resolveDescription(contextOf(text, bodies), noun, text.length)?.name ?? null).toBe(expected);
  });
});

describe('lowerCaseDescription', () => {
  const opening = 'Fisheries Minister Amara Osei toured the port. ';
  it.each<[string, string, string | null]>([
    ['"the" and a title, then a verb', 'The minister praised the crews', 'Amara Osei'],
    ['"the", a qualifier and a title, then a verb', 'The fisheries minister praised the crews', 'Amara Osei'],
    ['a capitalized word after the title', 'The minister Holm praised the crews', null],
    ['a title nobody holds', 'The mayor praised the crews', null],
  ])('%s', (_case, sentence, expected) => {
    const text = opening + sentence;
    const tokens = tokenize(text, opening.length);
    expect(lowerCaseDescription(contextOf(text, entities), tokens, 0)?.name ?? null).toBe(expected);
  });
});

describe('resolveDescription: the body the release keeps naming', () => {
  const opening =
    'The Ministry of Roads today opened its winter programme in Harlow, jointly with the Ministry of Ports (MoP). ' +
    'Crews will clear the passes every night from December to March, and salt stores have been filled at six depots along the northern highway. ' +
    'Pieter Holm, who leads the road crews, said the new ploughs would reach the upper villages within two hours of a snowfall. ' +
    'Drivers are asked to carry chains and to check the road bulletin before setting out on the mountain passes. ';
  const speakerOf = (sentence: string) =>
    quotesNamed(opening + sentence, ['Pieter Holm'], ['Ministry of Roads', 'Ministry of Ports']).find(
      (quote) => quote.text.startsWith('Traffic'),
    )?.speaker ?? null;

  it.each<[string, string, string]>([
    [
      'an acronym in brackets right after a name is not a second naming',
      'Traffic fell by a third last winter, according to the ministry.',
      'Ministry of Roads',
    ],
  ])('%s', (_phenomenon, sentence, expected) => {
    expect(speakerOf(sentence)).toBe(expected);
  });

  it('a body named twice in its own words is still the one named most', () => {
    const text = `${opening.replace('(MoP).', '(MoP). The Ministry of Ports will pay for the salt.')}Traffic fell by a third last winter, according to the ministry.`;
    const quote = quotesNamed(text, ['Pieter Holm'], ['Ministry of Roads', 'Ministry of Ports']).find((q) =>
      q.text.startsWith('Traffic'),
    );
    expect(quote?.speaker).toBe('Ministry of Ports');
  });
});
