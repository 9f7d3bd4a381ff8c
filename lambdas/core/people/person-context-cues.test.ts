import { describe, expect, it } from 'vitest';
import { extractEntities } from '../entities/entities.ts';
import { parseRelease } from '../nlp/world.ts';
import { prepareText } from '../release-text.ts';

function peopleOf(text: string): string[] {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text)).people.map((person) => person.name);
}

describe('the context names a person no lexicon knows', () => {
  it.each([
    [
      'taken up by "her" in its sentence',
      'Nurgul Abdrakhmanova, a weaver from the northern region, said her workshop had doubled its orders.',
      'Nurgul Abdrakhmanova',
    ],
    [
      'taken up by "his" in its sentence',
      'Kwame Ofori-Atta, a cocoa grower from the district, said his farm would expand.',
      'Kwame Ofori-Atta',
    ],
    [
      'taken up by "his" after a place the lexicon does not know',
      'Yaw Ntim Ampofo, a cocoa farmer from Techiman, said his yields had doubled.',
      'Yaw Ntim Ampofo',
    ],
    [
      'an age in apposition',
      'Master carpenter Eoghan Ó Fearghail, 68, said the roof was original.',
      'Ó Fearghail',
    ],
    [
      'an age in apposition after a bare name',
      'Tiihu Nakashima, 71, has fished the bay for fifty years.',
      'Tiihu Nakashima',
    ],
    [
      'after a noun for a person',
      'She pulled away from compatriot Wanjiru Kiprop at the bridge.',
      'Wanjiru Kiprop',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(peopleOf(text).some((found) => found.includes(name))).toBe(true);
  });

  it.each([
    [
      'taken up by "its"',
      'Norvale Foods, a honey producer from the region, said its sales had grown.',
      'Norvale Foods',
    ],
    [
      'another name stands before the pronoun',
      'Norvale Mills, which Sara Lind founded, said her team had grown.',
      'Norvale Mills',
    ],
    [
      'another name after a place of origin, before the pronoun',
      'Norvale Mills, a firm from Techiman whose founder Sara Lind spoke, said her team had grown.',
      'Norvale Mills',
    ],
    ['a number too large for an age', 'Harbour Works, 250, was listed.', 'Harbour Works'],
    ['a year after the name', 'Norvale Cup, 2026, was held in May.', 'Norvale Cup'],
  ])('%s: %s', (_case, text, wrong) => {
    expect(peopleOf(text)).not.toContain(wrong);
  });
});

describe('names that are no person', () => {
  it.each([
    [
      'a product given its name by "called"',
      'The product, called Kilimo Boost, was unveiled at the show.',
      'Kilimo Boost',
    ],
    [
      'the fields of a chamber',
      'According to the Accra Chamber of Commerce, Industry, Mines and Agriculture, trade grew.',
      'Industry, Mines',
    ],
    [
      'a name qualifying a noun after "the"',
      'The runners crossed the Ponte Vasco II bridge at dawn.',
      'Ponte Vasco II',
    ],
    [
      'a name qualifying a noun after "the"',
      'Crowds filled the Amina Diallo stadium on Sunday.',
      'Amina Diallo',
    ],
    [
      'a name after a noun for a place of a trade',
      'The fair was sponsored by the winery Casa Monte Rubio and a local bank.',
      'Casa Monte Rubio',
    ],
    [
      'a name after another noun for a place of a trade',
      'Bread came from the bakery Forno Santa Lucia in the old town.',
      'Forno Santa Lucia',
    ],
    [
      'a facility named after a titled person',
      'The walk ended at the Father Nowicki Footbridge over the river.',
      'Nowicki Footbridge',
    ],
  ])('%s: %s', (_case, text, wrong) => {
    expect(peopleOf(text)).not.toContain(wrong);
  });

  it.each([
    [
      'a name after a speech verb still counts',
      'The plan is sound, said Oyelaran Adebisi on Monday.',
      'Oyelaran Adebisi',
    ],
    [
      'a name after "the" and its title',
      'The chief executive Lwazi Dlamini opened the plant.',
      'Lwazi Dlamini',
    ],
    [
      'a name after a noun for a person',
      'The prize went to the novelist Harald Peder Lund.',
      'Harald Peder Lund',
    ],
    [
      'a name after a hyphenated noun for a person',
      'Her team-mate Budi Santoso Wibowo won the final.',
      'Budi Santoso Wibowo',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(peopleOf(text)).toContain(name);
  });
});

describe('a name whose last word later speaks alone is a person', () => {
  it('cites the person by the surname', () => {
    const text =
      'Oluwaseun Adeyemi-Bakare opened the session on Monday. Later, Adeyemi-Bakare said the fund would grow.';
    expect(peopleOf(text)).toContain('Oluwaseun Adeyemi-Bakare');
  });

  it.each([
    [
      'an organization cited by its head noun',
      'Norvale Harbour Authority opened a berth. The Authority said the berth was ready.',
      'Norvale Harbour Authority',
    ],
    ['no lone surname speaks', 'Oluwaseun Adeyemi opened the session on Monday.', 'Oluwaseun Adeyemi'],
  ])('%s: %s', (_case, text, wrong) => {
    expect(peopleOf(text)).not.toContain(wrong);
  });
});
