import { describe, expect, it } from 'vitest';
import { addAlias, type Entity, normalize, wordsOf } from './found-entity.ts';

describe('normalize: the key a name is compared by', () => {
  it.each([
    ["The Ministry of Health's", 'ministry of health'],
    ['São Tomé', 'sao tome'],
    ['Acme-Nord  Ltd.', 'acme nord ltd'],
    ['Theatre Royal', 'theatre royal'],
  ])('%s → %s', (name, key) => {
    expect(normalize(name)).toBe(key);
  });
});

describe('wordsOf: the words of a name without its legal form', () => {
  it.each([
    ['Acme Analytics, Inc.', ['acme', 'analytics']],
    ['the Salt Institute', ['salt', 'institute']],
    ['Velmar', ['velmar']],
  ])('%s', (name, words) => {
    expect(wordsOf(name)).toEqual(words);
  });
});

describe('addAlias: another form of the name, once', () => {
  const entityNamed = (): Entity => ({
    kind: 'organization',
    name: 'Andean Rivers Trust',
    aliases: ['ART'],
    score: 1,
  });

  it.each([
    ['a new form', 'Rivers Trust', ['ART', 'Rivers Trust']],
    ['the name again, with "the"', 'the Andean Rivers Trust', ['ART']],
    ['an alias it has', 'ART', ['ART']],
  ])('%s: %s', (_case, alias, aliases) => {
    const entity = entityNamed();
    addAlias(entity, alias);
    expect(entity.aliases).toEqual(aliases);
  });
});
