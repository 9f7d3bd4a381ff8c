import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a role or a work vouches for a name no lexicon knows', () => {
  it.each([
    [
      'a lower-case title with its field after "of"',
      'The delegation, led by its director of operations Kwaku Nyarko Adjei, also attended the event.',
      'Kwaku Nyarko Adjei',
    ],
    [
      'a lower-case title with a field of two words',
      'The head of public affairs Oyelaran Tunde Bakare welcomed the visitors.',
      'Oyelaran Tunde Bakare',
    ],
    [
      'a conductor styled "Maestro"',
      'The orchestra, conducted by Maestro Tran Van Khoa, played until midnight.',
      'Tran Van Khoa',
    ],
    [
      'the composer of a suite',
      'The quartet closed with a suite by Stanislaw Wieniawski on the terrace.',
      'Stanislaw Wieniawski',
    ],
    [
      'the conductor of an orchestra',
      'The Kessel Chamber Players, conducted by Ivo Marinescu, opened the evening.',
      'Ivo Marinescu',
    ],
    ['the composer of works', 'The evening closed with works by Ruslan Akhmetov.', 'Ruslan Akhmetov'],
    [
      'a noun for a musician before the name',
      'The guests heard kaval virtuoso Todor Spasic before dinner.',
      'Todor Spasic',
    ],
    [
      'a noun for a singer opening the sentence',
      'Soprano Aigerim Bekenova sang three songs.',
      'Aigerim Bekenova',
    ],
    [
      'the source of reported speech',
      'According to Mansa Tembo, the plant will employ 300 people.',
      'Mansa Tembo',
    ],
    [
      'the painter of portraits',
      'The hall shows portraits by Ilse Vandermeulen from the museum archive.',
      'Ilse Vandermeulen',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });

  it.each([
    [
      'a report by an organization',
      'The figures come from a report by Tarvel Water Board published in May.',
      'Tarvel Water Board',
    ],
    [
      'an organization as the source of reported speech',
      'According to Kessel Water Board, supply is stable.',
      'Kessel Water Board',
    ],
    [
      'a survey conducted by an organization with its head',
      'The survey was conducted by Tarvel Research Institute in May.',
      'Tarvel Research Institute',
    ],
    [
      'a title whose "of" is followed by a determiner',
      'The director of the Kessel Water Board told reporters prices rose.',
      'Kessel Water Board',
    ],
    [
      'a verb between the field and the name',
      'The minister of state visited Tarvel Kessing Marrow on Monday.',
      'Tarvel Kessing Marrow',
    ],
  ])('%s: %s', (_case, text, wrong) => {
    expect(namesOf(entitiesOf(text).people)).not.toContain(wrong);
  });
});

describe('a person placed by the group named before its noun', () => {
  it.each([
    [
      'a runner and her club',
      'In the junior race, Amina Wekesa of the Eldoret Road Runners club pulled away to win.',
      'Amina Wekesa',
      'Eldoret Road Runners',
    ],
    [
      'a rower and his school',
      'Tomasz Wrobel of the Gdansk Maritime school crew set the pace.',
      'Tomasz Wrobel',
      'Gdansk Maritime',
    ],
  ])('%s: %s', (_case, text, person, group) => {
    const found = entitiesOf(text);
    expect(namesOf(found.people)).toContain(person);
    expect(namesOf(found.organizations)).toContain(group);
  });

  it('a name with no lower-case noun after the group stays as the text reads it', () => {
    const found = entitiesOf('Amina Wekesa of the Eldoret Road Runners won the race.');
    expect(namesOf(found.organizations)).not.toContain('Eldoret Road Runners');
  });
});

describe('the words of a title are no person', () => {
  it.each([
    [
      'a field between title words',
      "Norvale Battery's Chief Procurement Officer Anders Lund signed the deal.",
      'Procurement Officer',
    ],
    [
      'a field between title words, no owner',
      'Chief Operating Officer Mira Sandvik opened the site.',
      'Operating Officer',
    ],
  ])('%s: %s', (_case, text, wrong) => {
    expect(namesOf(entitiesOf(text).people)).not.toContain(wrong);
  });
});

describe('an event named after a person whose surname the text writes alone', () => {
  it.each([
    [
      'a festival and the composer whose works are played',
      "Singers came to the Clara Wieck International Festival in May. The choir sang Wieck's songs.",
      'Clara Wieck',
    ],
    [
      'a competition and the violinist it honours',
      'She won the Pablo Sarasate Violin Competition last year and plays Sarasate every night.',
      'Pablo Sarasate',
    ],
  ])('%s: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });

  it.each([
    [
      'the surname never written alone',
      'Singers came to the Clara Wieck International Festival in May.',
      'Clara Wieck',
    ],
    [
      'a place, not a given name, opening the event',
      'Crowds filled the Rio Verde Music Festival; Verde Park was full.',
      'Rio Verde',
    ],
  ])('%s: %s', (_case, text, wrong) => {
    expect(namesOf(entitiesOf(text).people)).not.toContain(wrong);
  });
});

describe('a surname the lexicon reads as an article opens the name', () => {
  it.each([
    [
      'opening the sentence',
      'Le Van Thanh, governor of the province, noted that exports rose.',
      'Le Van Thanh',
    ],
    ['another such surname', 'La Thi Hoa said the plan was ready.', 'La Thi Hoa'],
  ])('%s: %s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toContain(name);
  });

  it.each([
    ['an English article', 'The Grace Foundation said it would grow.', 'The Grace Foundation'],
    ['an article before one word only', 'La Paz hosted the games.', 'La Paz'],
  ])('%s: %s', (_case, text, wrong) => {
    expect(namesOf(entitiesOf(text).people)).not.toContain(wrong);
  });
});
