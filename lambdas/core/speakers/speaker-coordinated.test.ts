import { describe, expect, it } from 'vitest';
import { quotesNamed, reported } from '../speech/speech-reported.test-support.ts';

const ORGANIZATIONS = ['Norvale Ceramics Ltd', 'Tarvel Institute of Technology', 'Kessel Port Authority'];

describe('a statement by two organizations joined by "and" is each one\'s', () => {
  it.each([
    [
      'two names joined by "and the"',
      'Norvale Ceramics Ltd and the Tarvel Institute of Technology today announced the opening of a joint kiln lab.',
      ['Tarvel Institute of Technology', 'Norvale Ceramics Ltd'],
    ],
    [
      'each name with its description in brackets',
      'TARVEL, Norland – Norvale Ceramics Ltd (head office: Tarvel; hereinafter "Norvale") and the Tarvel Institute of Technology (TIT; Rector: Ilsa Marvold) announced the opening of a joint kiln lab.',
      ['Tarvel Institute of Technology', 'Norvale Ceramics Ltd'],
    ],
  ])('%s', (_case, text, speakers) => {
    const quotes = quotesNamed(text, ['Ilsa Marvold'], ORGANIZATIONS);
    expect(quotes).toEqual(speakers.map((speaker) => reported(speaker, 'the opening of a joint kiln lab')));
  });

  it.each([
    [
      'an organization named in the object, not in the subject',
      'The deal with Norvale Ceramics Ltd and the Tarvel Institute of Technology announced the opening of a joint kiln lab.',
    ],
    [
      'a person joined to an organization',
      'Ilsa Marvold and the Tarvel Institute of Technology announced the opening of a joint kiln lab.',
    ],
  ])('no joint statement: %s', (_case, text) => {
    const speakers = quotesNamed(text, ['Ilsa Marvold'], ORGANIZATIONS).map((quote) => quote.speaker);
    expect(speakers).not.toContain('Norvale Ceramics Ltd');
    expect(speakers.filter((speaker) => speaker === 'Ilsa Marvold').length).toBeLessThanOrEqual(1);
  });
});
