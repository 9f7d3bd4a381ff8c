import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';
import { type HonorificWord, honorificLength } from './person-honorifics.ts';

/** "Tan Sri Ahmad" -> words with one space after each; a word written "Dato'" keeps its mark in `post`. */
function wordsOf(text: string): HonorificWord[] {
  return text.split(' ').map((word) => {
    const mark = /^(.*?)(['’.])$/u.exec(word);
    return mark ? { text: mark[1] ?? '', post: `${mark[2]} ` } : { text: word, post: ' ' };
  });
}

describe('honorificLength', () => {
  it.each([
    ['a Malay style of two words', 'Tan Sri Kamal Hassan', 2],
    ['a style with its elision mark', "Dato' Sri Rosnah Ali", 2],
    ['stacked styles', 'Datuk Seri Haji Ismail Kadir', 3],
    ['a style of three words after another', "Tun Dato' Seri Utama Aziz Rahim", 4],
    ['a Hausa pilgrim honorific', 'Hajiya Zainab Musa', 1],
    ['a pilgrim honorific', 'Alhaji Musa Bello', 1],
    ['a Burmese honorific', 'U Kyaw Min', 1],
    ['a Burmese honorific before a word of Malay style', 'U Tun Lwin', 1],
    ['an Indian honorific with its full stop', 'Smt. Lakshmi Iyer', 1],
    ['an engineer prefix', 'Ir Siti Halim', 1],
    ["a conductor's style", 'Maestro Tran Van Khoa', 1],
    ["a master musician's style", 'Ustad Farid Ayaz', 1],
    ["a priest's style cut short", 'Fr. Paul Nwosu', 1],
    ['an Amharic style of address', 'Ato Bekele Haile', 1],
    ['an Amharic style for a married woman', 'W/ro Almaz Tadesse', 1],
    ["a councillor's style cut short", 'Cllr Morag Fenwick', 1],
    ["a councillor's style with its full stop", 'Cllr. Morag Fenwick', 1],
    ['a plain name', 'Kamal Hassan', 0],
    ['a style of address before a lower-case word', 'Ato said', 0],
    ['a surname that is part of a style', 'Tan Wei Jie', 0],
    ['a place that opens with part of a style', 'Sri Lanka', 0],
    ['an honorific with no name after it', 'Datuk', 0],
    ['an honorific before a lower-case word', 'Haji said', 0],
    ['a lone capital before an acronym', 'U N', 0],
    ['an engineer title cut short', 'Eng. Amina Yusuf', 1],
    ['an architect title cut short', 'Arch. Tomas Ruiz', 1],
    ['an associate title cut short before a professor', 'Assoc. Prof. Nguyen Lan', 1],
    ['a German engineering doctorate', 'Dr.-Ing. Klaus Brandt', 1],
    ['a surname that is an abbreviation written out', 'Eng Chee Hock', 0],
    ['a word that is an abbreviation written out', 'Arch Street', 0],
  ])('%s: %s', (_case, text, expected) => {
    expect(honorificLength(wordsOf(text), 0)).toBe(expected);
  });
});

describe('styles of address are no part of the name', () => {
  it.each<[string, string, string[]]>([
    [
      'an Amharic style, then the given name alone',
      'Ato Bekele Haile, chairman of the union, spoke first. Ato Bekele then urged members to vote.',
      ['Bekele Haile'],
    ],
    ['a style for a married woman', 'W/ro Almaz Tadesse showed visitors her drying beds.', ['Almaz Tadesse']],
    ["a councillor's style", 'Cllr Morag Fenwick announced that the park would reopen.', ['Morag Fenwick']],
  ])('%s', (_case, text, names) => {
    expect(namesOf(entitiesOf(text).people)).toEqual(names);
  });
});

describe('titles and degrees cut short are no people of their own', () => {
  it.each<[string, string, string]>([
    [
      'an engineer title after an office',
      'BWA Director Eng. Amina Yusuf Warsame told delegates the fleet was old.',
      'Amina Yusuf Warsame',
    ],
    [
      'an associate professor with a doctorate',
      'ULK Rector Assoc. Prof. Dr. Chanthala Sisouk thanked the donors.',
      'Chanthala Sisouk',
    ],
    ['an architect', 'The pavilion by Arch. Rosa Ibarra opened on Monday.', 'Rosa Ibarra'],
    ['a German engineering doctorate', 'The talk by Prof. Dr.-Ing. Jonas Feld drew a crowd.', 'Jonas Feld'],
  ])('%s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toEqual([name]);
  });

  it('a full stop after a place named like a title still ends the sentence', () => {
    const places = namesOf(entitiesOf('Crowds gathered at Marble Arch. The parade began at noon.').locations);
    expect(places).toContain('Marble Arch');
  });
});

describe('an abbreviated title among role nouns belongs to the titles, not to a name', () => {
  it.each<[string, string, string]>([
    [
      'after a capitalized role noun',
      'Chief Archivist Dr. Kwabena Mensah said the vault was dry.',
      'Kwabena Mensah',
    ],
    [
      'after a role noun and a qualifier',
      'Senior Curator Prof. Ilse Vogt said the hall was ready.',
      'Ilse Vogt',
    ],
    ['stacked abbreviated titles', 'Prof. Dr. Ilse Vogt said the hall was ready.', 'Ilse Vogt'],
  ])('%s', (_case, text, name) => {
    expect(namesOf(entitiesOf(text).people)).toEqual([name]);
  });
});
