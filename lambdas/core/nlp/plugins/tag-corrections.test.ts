import { describe, expect, it } from 'vitest';
import { parsedTerms, parseRelease } from '../world.ts';

/** The tags compromise (with the corrections) gives `word` in `sentence`. */
function tagsOf(sentence: string, word: string): string[] {
  for (const terms of parsedTerms(parseRelease(sentence)))
    for (const term of terms) if (term.text === word) return [...term.tags];
  throw new Error(`${word} is not a term of ${sentence}`);
}

describe('tag corrections', () => {
  it.each([
    ['"drew" before a count', 'The kite show drew 800 onlookers.', 'drew'],
    ['"drew" before a plural', 'The regatta drew crowds to the quay.', 'drew'],
    ['"drew" after a pronoun', 'She drew a map of the valley.', 'drew'],
  ])('reads a lower-case "drew" as a past verb: %s', (_name, sentence, word) => {
    const tags = tagsOf(sentence, word);
    expect(tags).toContain('PastTense');
    expect(tags).not.toContain('Person');
  });

  it('keeps "Drew" as a given name', () => {
    expect(tagsOf('Drew Okonkwo-Baines opened the fair.', 'Drew')).toContain('Person');
  });

  it('reads the object after a past verb as a noun ("drew crowds")', () => {
    expect(tagsOf('The regatta drew crowds to the quay.', 'crowds')).toContain('Noun');
  });

  it('leaves the word after other past verbs as compromise read it ("said exports rose")', () => {
    // compromise reads "rose" as the flower here, so "exports" is the clause's only verb word.
    expect(tagsOf('The envoy said exports rose.', 'exports')).toContain('Verb');
  });

  it("reads a plural possessive and the noun after it as nouns (the juniors' sprint)", () => {
    const sentence = "Forty pupils ran in the juniors' sprint on Sunday.";
    expect(tagsOf(sentence, 'sprint')).toContain('Noun');
    expect(tagsOf(sentence, 'sprint')).not.toContain('Verb');
  });

  it('keeps a speech verb after a closing single quote', () => {
    expect(tagsOf("'We need more ferries' said the harbour master.", 'said')).toContain('Verb');
  });

  it('keeps the entity words other plugins set on a corrected word', () => {
    expect(tagsOf("The juniors' festival opens today.", 'festival')).toEqual(
      expect.arrayContaining(['Noun', 'EntEventWord']),
    );
  });

  it.each([
    ['a name in "-ate"', 'Corrigate opened a depot on Monday.', 'Corrigate'],
    ['a name in "-ise"', 'Vantrise launched a loan scheme.', 'Vantrise'],
  ])('reads a capitalized verb form before a past verb as a name: %s', (_name, sentence, word) => {
    const tags = tagsOf(sentence, word);
    expect(tags).toContain('ProperNoun');
    expect(tags).not.toContain('Verb');
  });

  it.each([
    ['an auxiliary', 'Has the depot opened?', 'Has'],
    ['a lower-case verb', 'Crews will help build and opened roads last year.', 'build'],
    ['a verb before a noun', 'Celebrate local food at the fair.', 'Celebrate'],
  ])('leaves other verbs before a word as they are: %s', (_name, sentence, word) => {
    expect(tagsOf(sentence, word)).toContain('Verb');
  });

  it.each([
    ['before an organization head', 'Kelsgate Bank reported a profit.', 'Kelsgate'],
    ['before a place head', 'Morvise Harbour reopened in May.', 'Morvise'],
  ])('reads a capitalized word guessed as a verb by its ending as a name %s', (_name, sentence, word) => {
    expect(tagsOf(sentence, word)).toContain('ProperNoun');
    expect(tagsOf(sentence, word)).not.toContain('Verb');
  });

  it('keeps a verb compromise knows before a name ("Visit Tarvel Museum")', () => {
    expect(tagsOf('Visit Tarvel Museum on Sunday.', 'Visit')).toContain('Verb');
  });
});
