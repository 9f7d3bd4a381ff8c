import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities.ts';
import { parseRelease } from './nlp/world.ts';
import { prepareText } from './release-text.ts';
import type { Entities } from './types.ts';

function entitiesOf(text: string): Entities {
  const release = prepareText(text);
  return extractEntities(release, parseRelease(release.text));
}

const namesOf = (list: readonly { name: string }[]) => list.map((entity) => entity.name);

describe('companies named with a legal form', () => {
  it.each([
    [
      'a Swedish form',
      'The plant was built by the contractor Brunnby Kraft AB, whose staff work in Oslo.',
      'Brunnby Kraft AB',
    ],
    [
      'a Danish form with a slash',
      'The turbines were built by Norrvik Energi A/S last year.',
      'Norrvik Energi A/S',
    ],
    ['a Norwegian form', 'Talks with Tindra Shipping ASA ended on Friday.', 'Tindra Shipping ASA'],
    [
      'two forms coordinated',
      'Talks with Tindra Shipping ASA and Holmgard Invest AS ended.',
      'Holmgard Invest AS',
    ],
    [
      'a Malaysian pair of forms',
      'The supplier, Penang Precision Sdn Bhd, delivered the parts.',
      'Penang Precision Sdn Bhd',
    ],
    [
      'an Indonesian form on both sides',
      'It opened an office with PT Sinar Laut Tbk in May.',
      'PT Sinar Laut Tbk',
    ],
    ['a Japanese form', 'Maruyama Shoji K.K. joined the consortium.', 'Maruyama Shoji K.K.'],
    [
      '"Co., Ltd." after the name',
      'Daehan Trading Co., Ltd. joined the consortium.',
      'Daehan Trading Co., Ltd.',
    ],
    [
      'an Italian dotted form',
      'Vettori Costruzioni S.p.A. signed a memorandum.',
      'Vettori Costruzioni S.p.A.',
    ],
    ['a German form before the full stop', 'The order went to Zurcher Rohr AG.', 'Zurcher Rohr AG'],
  ])('%s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    expect(namesOf(entities.organizations)).toContain(name);
    expect(namesOf(entities.people)).not.toContain(name);
  });

  it.each([
    [
      'later used without its form',
      'Its utility, Lahden Vesi Oy, signed the deal. Lahden Vesi said costs would fall.',
      'Lahden Vesi Oy',
      'Lahden Vesi',
    ],
    [
      'without its form inside a title',
      'Anna Berg, managing director of Kivi Lämpö, spoke. Kivi Lämpö Oy runs the plant.',
      'Kivi Lämpö Oy',
      'Kivi Lämpö',
    ],
  ])('%s: %s', (_phenomenon, text, name, alias) => {
    const entities = entitiesOf(text);
    expect(entities.organizations.find((o) => o.name === name)?.aliases).toContain(alias);
    expect(namesOf(entities.people)).not.toContain(alias);
  });

  it.each([
    ['a common word in lower case', 'Jane Doe spoke as chair of the meeting.'],
    ['a pronoun in capitals is no form', 'Marta Lind and Peter Holm met in Oslo.'],
  ])('no company from %s: %s', (_phenomenon, text) => {
    expect(entitiesOf(text).organizations).toEqual([]);
  });
});
