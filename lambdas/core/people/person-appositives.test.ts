import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../entities/entities.test-support.ts';

/** The people of `text` with their titles. */
const titledPeople = (text: string) => entitiesOf(text).people.map((person) => [person.name, person.title]);

describe('a title set before a name by a comma names its holder', () => {
  it.each<[string, string, [string, string]]>([
    [
      'the last of a list of titled names joined by semicolons',
      'Guests included the Governor of Tambora, Sione Fakatou; the Fijian Consul in Lautoka, Mere Vuki; and the chair of the board of Koro Shipping Lines, Tevita Fonua.',
      ['Tevita Fonua', 'chair of the board of Koro Shipping Lines'],
    ],
    [
      'a title after "and" and a comma',
      'The plant opened on Monday, and the founder of Vesta Mills, Ingrid Solberg, cut the ribbon.',
      ['Ingrid Solberg', 'founder of Vesta Mills'],
    ],
    [
      'a title after a preposition',
      'The agreement was signed by the chief executive of the port, Amaru Quispe.',
      ['Amaru Quispe', 'chief executive of the port'],
    ],
    [
      "a title closed by the organization's short form in brackets",
      'The managing director of the Banque Rurale des Planteurs (BRP), Kwame Yeboah-Tano, pledged that loans would rise.',
      ['Kwame Yeboah-Tano', 'managing director of the Banque Rurale des Planteurs'],
    ],
    [
      'an envoy\'s title naming where it is held after "to the"',
      'At the ceremony, the Ambassador of Korvia to the Republic of Tarvel, Ilse Marnow, cut the ribbon.',
      ['Ilse Marnow', 'Ambassador of Korvia to the Republic of Tarvel'],
    ],
    [
      'a title closed by an organization named in straight quotation marks',
      'The Chairman of "Velmor Trans", Rustam Saidzoda, said that the works would start in May.',
      ['Rustam Saidzoda', 'Chairman of "Velmor Trans"'],
    ],
    [
      'a title closed by an organization named in curly quotation marks',
      'The head of “Kessel Mining”, Oydin Tavrozoda, said that prices would fall.',
      ['Oydin Tavrozoda', 'head of “Kessel Mining”'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(titledPeople(text)).toContainEqual(expected);
  });

  it('a bracketed short form after a name with no title before it vouches for no person', () => {
    const text = 'Funds came from the Banque Rurale des Planteurs (BRP), Tarvel Mutuelle and others.';
    expect(titledPeople(text).map(([name]) => name)).not.toContain('Tarvel Mutuelle');
  });

  it('a quoted name closed by a comma with no title before it vouches for no person', () => {
    const text = 'The crew sang "Harbour Lights", Tarvel Morning and other songs.';
    expect(titledPeople(text).map(([name]) => name)).not.toContain('Tarvel Morning');
  });

  it('"to the" after a verb opens no title of the words before it', () => {
    const text = 'The Harbour Board sent a letter to the Council of Orvo, Tomas Rivel said.';
    expect(titledPeople(text).map(([, title]) => title)).not.toContain('Council of Orvo');
  });

  it('a title after "and" inside a clause is no opened title', () => {
    const text = 'The talks covered trade and the board of Vesta Mills, Ingrid Solberg said.';
    expect(titledPeople(text).map(([, title]) => title)).not.toContain('board of Vesta Mills');
  });
});

describe('a title after a name, set off by commas, names the person before it', () => {
  it.each<[string, string, [string, string]]>([
    [
      'an acronym of the organization before the title',
      'Kenji Arakawa, KOICA Country Director in Laos, stressed that the loans had been repaid.',
      ['Kenji Arakawa', 'KOICA Country Director in Laos'],
    ],
    [
      'the organization and a lower-case title after "the"',
      'Ilona Berg, the Velmar chief executive, said the plant would open in May.',
      ['Ilona Berg', 'Velmar chief executive'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(titledPeople(text)).toContainEqual(expected);
  });

  it('an organization alone after the comma gives no title', () => {
    const titles = titledPeople('Ilona Berg, Velmar Holdings, said the plant would open.').map(([, t]) => t);
    expect(titles).not.toContain('Velmar Holdings');
  });
});
