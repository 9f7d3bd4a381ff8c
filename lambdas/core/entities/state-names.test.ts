import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities.test-support.ts';
import { isFormalStateName } from './state-names.ts';

describe('isFormalStateName', () => {
  it.each([
    ["Orvo People's Democratic Republic", true],
    ['United Kessian Emirates', true],
    ['Central Bank of the Tarvel Republic', false],
    ['Republic Day', false],
    ['Tarvel Football Federation', false],
  ])('%s: %s', (name, expected) => {
    expect(isFormalStateName(name)).toBe(expected);
  });
});

describe('a body of a state whose formal name the text gives a short form', () => {
  const text =
    "The Ministry of Fisheries of the Orvo People's Democratic Republic (Orvo PDR) opened a school in Orvo PDR.";

  it('lists the body with the state in its name, the short form left to the state', () => {
    expect(entitiesOf(text).organizations).toEqual([
      { name: "Ministry of Fisheries of the Orvo People's Democratic Republic", aliases: [] },
    ]);
  });

  it('lists the state as a place, with its short form', () => {
    expect(entitiesOf(text).locations).toContainEqual({
      name: "Orvo People's Democratic Republic",
      aliases: ['Orvo PDR'],
    });
  });

  it('leaves a body named by its own short form whole', () => {
    const bank = 'The Central Bank of the Kessian Republic (CBKR) said rates rose.';
    expect(entitiesOf(bank).organizations).toEqual([
      { name: 'Central Bank of the Kessian Republic', aliases: ['CBKR'] },
    ]);
  });
});
