import { describe, expect, it } from 'vitest';
import { extract } from '../extract.ts';
import { contextOf, entitiesNamed } from './speaker-context.test-support.ts';
import { findSubject } from './speaker-subjects.ts';

const entities = entitiesNamed(
  ['Leilani Kahale', 'Rafael Okonjo'],
  ['Marrow Valley Cooperative', 'Teal Bay Port Authority'],
);
const OPENING = 'Teal Bay Port Authority opened a pier. ';

/** The subject of the last "said" in `sentence`, read after the opening. */
function subjectOf(sentence: string): string | null {
  const text = OPENING + sentence;
  return findSubject(contextOf(text, entities), OPENING.length, text.lastIndexOf('said'))?.name ?? null;
}

describe('findSubject: a name that ends in an abbreviation', () => {
  it.each<[string, string]>([
    ['Fundación Lluvia A.C. said so.', 'Fundación Lluvia A.C.'],
    ['Brekka Tools Ltd. said so.', 'Brekka Tools Ltd.'],
  ])('%s', (text, name) => {
    const context = contextOf(text, entitiesNamed([], [name]));
    expect(findSubject(context, 0, text.lastIndexOf('said'))?.name ?? null).toBe(name);
  });
});

describe('findSubject', () => {
  it.each<[string, string, string | null]>([
    ['a name right before the verb', 'Leilani Kahale said the pier was long.', 'Leilani Kahale'],
    [
      'a person before an appositive that names an organization',
      'Leilani Kahale, head of the Marrow Valley Cooperative, said so.',
      'Leilani Kahale',
    ],
    [
      'an organization before an appositive',
      'Marrow Valley Cooperative, a member of the Teal Bay Port Authority, said so.',
      'Marrow Valley Cooperative',
    ],
    ['a name after adverbs', 'Rafael Okonjo has also said so.', 'Rafael Okonjo'],
    [
      'a spokesperson speaks for the organization',
      'A Marrow Valley Cooperative spokesperson said so.',
      'Marrow Valley Cooperative',
    ],
    ['"the <organization noun>"', 'The authority said so.', 'Teal Bay Port Authority'],
    ['a pronoun', 'Rafael Okonjo came. He said so.', 'Rafael Okonjo'],
    ['a name that the verb does not follow', 'Leilani Kahale came and the crowd said so.', null],
    ['an unlisted name', 'Mirela Dunst said so.', null],
    [
      'a body led by a person named in a participle',
      'The jury, chaired by Dr. Rafael Okonjo of the Marrow Valley Cooperative, said so.',
      null,
    ],
    ['a team led by a person', 'The crew, led by Leilani Kahale, said so.', null],
    [
      'an organization before a participle naming its head',
      'Marrow Valley Cooperative, led by Leilani Kahale, said so.',
      'Marrow Valley Cooperative',
    ],
    [
      'a person without a comma before "led by"',
      'The boats led by Leilani Kahale came. She said so.',
      'Leilani Kahale',
    ],
    [
      'a bare plural after a comma',
      'Marrow Valley Cooperative, the grain buyer, will open a silo, officials said.',
      null,
    ],
    [
      'a bare plural with adjectives',
      'Marrow Valley Cooperative will open a silo, senior port officials said.',
      null,
    ],
    ['a collective noun', 'Marrow Valley Cooperative will open a silo, police said.', null],
    ['a name after a comma', 'The silo opens in May, Leilani Kahale said.', 'Leilani Kahale'],
    ['an aside a preposition opens', 'Leilani Kahale, in her remarks, said so.', 'Leilani Kahale'],
  ])('%s', (_case, sentence, expected) => {
    expect(subjectOf(sentence)).toBe(expected);
  });

  it('after an unlisted speaker, "she" no longer jumps back to a listed person', () => {
    const text = `${OPENING}Leilani Kahale came. Mirela Dunst said one thing. She said another.`;
    const context = contextOf(text, entities);
    const first = text.indexOf('said');
    expect(findSubject(context, text.lastIndexOf('.', first) + 1, first)).toBeNull();
    const second = text.lastIndexOf('said');
    expect(findSubject(context, text.lastIndexOf('.', second) + 1, second)).toBeNull();
  });
});

describe('"the <title>" after a quotation whose comma stands outside its marks', () => {
  const speakersOf = (text: string) => extract(text).quotes.map((quote) => [quote.speaker, quote.type]);
  const opening = 'Deputy Minister Halima Osei opened the fair on Monday.';

  it.each<[string, string]>([
    ['guillemets, then a comma', `${opening} «We weave the same cloth», the deputy minister said.`],
    [
      'curly quotation marks, then a comma',
      `${opening} “We weave the same cloth”, the deputy minister said.`,
    ],
  ])('%s', (_case, text) => {
    expect(speakersOf(text)).toContainEqual(['Halima Osei', 'direct']);
  });

  it('a title set off by commas after a name is still no subject of its own', () => {
    const text = `${opening} Rafael Okonjo, the deputy minister, said that the fair would grow.`;
    expect(speakersOf(text)).not.toContainEqual(['Halima Osei', 'indirect']);
  });
});

describe('a person named right before the verb is its subject', () => {
  it('over a person named in a phrase set before it', () => {
    const text =
      'Among the guests was the novelist Lucia Ferraz. In a talk moderated by the journalist Tomas Vieira, Ferraz told the audience that she had written the book in a library.';
    expect(extract(text).quotes.map((quote) => quote.speaker)).toEqual(['Lucia Ferraz']);
  });

  it('but an organization closing an appositive leaves the person before it the subject', () => {
    const text =
      'Kestrel Storage s.r.o. funded the work. Lukas Novak, co-founder of Kestrel Storage, said the company planned a line.';
    expect(extract(text).quotes.map((quote) => quote.speaker)).toEqual(['Lukas Novak']);
  });
});

describe('a relative clause between the subject and the verb describes the subject', () => {
  it('skips an organization named inside it', () => {
    const text =
      'Kessel Grain Holdings, which holds a 40 percent stake in Orvane Mills Ltd, announced that it would lend more. Orvane Mills Ltd said output rose.';
    expect(extract(text).quotes.map((quote) => [quote.speaker, quote.text])).toContainEqual([
      'Kessel Grain Holdings',
      'it would lend more',
    ]);
  });
});

describe('findSubject: "the" with a demonym and a title', () => {
  const opening = 'The panel heard Peruvian weaver Leilani Kahale and the Marrow Valley Cooperative. ';
  const subject = (sentence: string) => {
    const full = opening + sentence;
    return findSubject(contextOf(full, entities), opening.length, full.lastIndexOf('said'))?.name ?? null;
  };
  it.each<[string, string, string | null]>([
    ['after a quotation', '"We weave every day," the Peruvian weaver said.', 'Leilani Kahale'],
    [
      'after an opening participle phrase',
      'Asked about prices, the Peruvian weaver said they rose.',
      'Leilani Kahale',
    ],
    ['a capitalized word that is not a demonym', '"We weave every day," the Marrow weaver said.', null],
    [
      'a description after a name describes that name',
      'Rafael Okonjo, the Peruvian weaver, said it.',
      'Rafael Okonjo',
    ],
  ])('%s', (_phenomenon, sentence, expected) => {
    expect(subject(sentence)).toBe(expected);
  });
});
