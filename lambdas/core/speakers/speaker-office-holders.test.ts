import { describe, expect, it } from 'vitest';
import { quotesNamed, reported } from '../speech/speech-reported.test-support.ts';

const PEOPLE = ['Ilsa Marvold', 'Tomas Brannick', 'Okabe Ren'];
const ORGANIZATIONS = ['Kessel Port Authority', 'Tarvel Canal Board'];

describe('"the <office> of <organization>" speaks for the holder of that office', () => {
  it('the person whose title holds the office and the organization', () => {
    const text =
      'The deal was signed by Tarvel Canal Board Administrator Tomas Brannick and Kessel Port Authority President Ilsa Marvold, in the presence of the Ambassador, Okabe Ren. The president of the Kessel Port Authority noted that the port handled more ships.';
    expect(quotesNamed(text, PEOPLE, ORGANIZATIONS)).toContainEqual(
      reported('Ilsa Marvold', 'the port handled more ships'),
    );
  });

  it('no holder of the office: the organization is not the speaker either', () => {
    const text =
      'The deal was signed by Tarvel Canal Board Administrator Tomas Brannick. The president of the Kessel Port Authority noted that the port handled more ships.';
    const speakers = quotesNamed(text, PEOPLE, ORGANIZATIONS).map((quote) => quote.speaker);
    expect(speakers).not.toContain('Tomas Brannick');
  });

  it('a scene after the name does not give its people the title named in it', () => {
    const text =
      'The deal was signed by Kessel Port Authority President Ilsa Marvold, in the presence of the Ambassador, Okabe Ren. Marvold said that the port was busy. The ambassador noted that trade would grow.';
    const quotes = quotesNamed(text, PEOPLE, ORGANIZATIONS);
    expect(quotes).not.toContainEqual(reported('Ilsa Marvold', 'trade would grow'));
  });
});
