import { describe, expect, it } from 'vitest';
import { contextOf, entitiesNamed } from './speaker-context.test-support.ts';
import { indexLeadWords, resolveShortForm } from './speaker-short-forms.ts';

const entities = entitiesNamed(
  ['Ines Carvalho'],
  ['Westmoor Regional Council', 'Westmoor Rail Company', 'Pellham Water Authority', 'Carvalho Textiles'],
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
    ['a first word a person shares', 'Carvalho', null],
  ])('%s', (_case, word, expected) => {
    expect(words.get(word)?.name ?? null).toBe(expected);
  });
});
