import { describe, expect, it } from 'vitest';
import { cityNameKey } from './city-name-key.ts';

describe('cityNameKey', () => {
  // [how a release writes the town, the key it is looked up by]
  it.each([
    ['Sokodé', 'sokode'],
    ['SOKODE', 'sokode'],
    ['Ōita', 'oita'],
    ['Saint-Louis', 'saint louis'],
    ['Saint‑Louis', 'saint louis'],
    ['Norabats’', 'norabats'],
    ["Ta' Xbiex", 'ta xbiex'],
    ['  Port   Louis ', 'port louis'],
  ])('%s -> %s', (name, key) => {
    expect(cityNameKey(name)).toBe(key);
  });
});
