import { describe, expect, it } from 'vitest';
import { contextOf, entitiesNamed } from './speaker-context.test-support.ts';
import { indexLeadWords, resolveShortForm } from './speaker-short-forms.ts';

const entities = entitiesNamed(
  ['Ines Travassos'],
  ['Westmoor Regional Council', 'Westmoor Rail Company', 'Pellham Water Authority', 'Travassos Textiles'],
);

describe('resolveShortForm', () => {
  const context = contextOf('A release.', entities);
  it.each<[string, string[], string | null]>([
    ['the first words of one name', ['Pellham', 'Water'], 'Pellham Water Authority'],
    ['"the" and the last word of one name', ['the', 'Council'], 'Westmoor Regional Council'],
    ['"the" and the last word in lower case', ['the', 'authority'], null],
    ['a first word two organizations share', ['Westmoor'], null],
    ['a lower-case word', ['pellham'], null],
    ['nothing after "the"', ['the'], null],
    ['a form longer than four words', ['Pellham', 'Water', 'Authority', 'Board', 'Trust'], null],
  ])('%s', (_case, words, expected) => {
    expect(resolveShortForm(context, words)?.name ?? null).toBe(expected);
  });
});

describe('indexLeadWords', () => {
  const words = indexLeadWords(entities);
  it.each<[string, string, string | null]>([
    ['a first word only one organization has', 'Pellham', 'Pellham Water Authority'],
    ['a first word two organizations share', 'Westmoor', null],
    ['a first word a person shares', 'Travassos', null],
  ])('%s', (_case, word, expected) => {
    expect(words.get(word)?.name ?? null).toBe(expected);
  });
});

describe('a company named by the first word of its name opens a sentence as its subject', () => {
  const companies = entitiesNamed([], ['Tarvel Mining ASA', 'Forest Stewardship Council']);
  const subjectsOf = (text: string) =>
    contextOf(text, companies).subjects.map((event) => [event.name, event.leading]);
  it.each<[string, string, Array<[string, boolean]>]>([
    [
      'the first word alone',
      'Tarvel Mining ASA opened a mill. Tarvel has signed a deal.',
      [
        ['Tarvel Mining ASA', true],
        ['Tarvel Mining ASA', true],
      ],
    ],
    [
      'the first word with a possessive',
      "Tarvel Mining ASA opened a mill. Tarvel's staff cheered.",
      [
        ['Tarvel Mining ASA', true],
        ['Tarvel Mining ASA', true],
      ],
    ],
    [
      'a body with no legal form',
      'The Forest Stewardship Council met. Forest owners came.',
      [['Forest Stewardship Council', true]],
    ],
    [
      'the first word inside a sentence',
      'Tarvel Mining ASA opened a mill. Staff at Tarvel cheered.',
      [['Tarvel Mining ASA', true]],
    ],
  ])('%s', (_case, text, expected) => {
    expect(subjectsOf(text)).toEqual(expected);
  });
});
