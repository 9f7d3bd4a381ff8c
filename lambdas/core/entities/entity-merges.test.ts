import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../types.ts';
import { dropConflicts, mergeShortForms } from './entity-merges.ts';
import type { Entity } from './found-entity.ts';

const entityOf = (kind: EntityKind, name: string, score = 1, weak = false): Entity => ({
  kind,
  name,
  aliases: [],
  score,
  ...(weak ? { weak } : {}),
});
const summaryOf = (entities: readonly Entity[]) => entities.map((e) => [e.kind, e.name, e.aliases]);

describe('dropConflicts: a name found as two kinds', () => {
  it.each<[string, Entity[], unknown[]]>([
    [
      'keeps the kind with the most support',
      [entityOf('location', 'Tarvel', 1), entityOf('organization', 'Tarvel', 4)],
      [['organization', 'Tarvel', []]],
    ],
    [
      'keeps the first on a tie',
      [entityOf('location', 'Tarvel', 3), entityOf('organization', 'Tarvel', 3)],
      [['location', 'Tarvel', []]],
    ],
    [
      'merges one kind written two ways',
      [entityOf('organization', 'Velmar Trust', 2), entityOf('organization', 'the Velmar Trust', 3)],
      [['organization', 'Velmar Trust', []]],
    ],
  ])('%s', (_case, entities, expected) => {
    expect(summaryOf(dropConflicts(entities))).toEqual(expected);
  });
});

describe('mergeShortForms: short forms folded into the fullest name', () => {
  it.each<[string, Entity[], unknown[]]>([
    [
      'a surname into the person',
      [entityOf('person', 'Varga'), entityOf('person', 'Ilse Varga')],
      [['person', 'Ilse Varga', ['Varga']]],
    ],
    [
      'a surname two people share, into neither',
      [entityOf('person', 'Lund'), entityOf('person', 'Ana Lund'), entityOf('person', 'Bo Lund')],
      [
        ['person', 'Ana Lund', []],
        ['person', 'Bo Lund', []],
      ],
    ],
    [
      'a weak place that opens an organization name, into the organization',
      [entityOf('location', 'Northvale', 1, true), entityOf('organization', 'Northvale Health Systems')],
      [['organization', 'Northvale Health Systems', ['Northvale']]],
    ],
    [
      'not the place a council governs',
      [entityOf('location', 'Kelmor South', 1, true), entityOf('organization', 'Kelmor South City Council')],
      [
        ['organization', 'Kelmor South City Council', []],
        ['location', 'Kelmor South', []],
      ],
    ],
    [
      'not the town whose school is named after it',
      [entityOf('location', 'Brackenholt', 1, true), entityOf('organization', 'Brackenholt Primary School')],
      [
        ['organization', 'Brackenholt Primary School', []],
        ['location', 'Brackenholt', []],
      ],
    ],
    [
      'not the town whose police station is named after it',
      [entityOf('location', 'Osk', 1, true), entityOf('organization', 'Osk Police Station')],
      [
        ['organization', 'Osk Police Station', []],
        ['location', 'Osk', []],
      ],
    ],
    [
      "not a place named like a person's surname, which goes",
      [entityOf('person', 'Ada Nwosu'), entityOf('location', 'Nwosu')],
      [['person', 'Ada Nwosu', []]],
    ],
    [
      "a known town that opens a name misread as a person's, which stays",
      [entityOf('person', 'Turku Springboard'), entityOf('location', 'Turku')],
      [
        ['person', 'Turku Springboard', []],
        ['location', 'Turku', []],
      ],
    ],
    [
      "a known town that is a person's surname, which goes",
      [entityOf('person', 'Mika Turku'), entityOf('location', 'Turku')],
      [['person', 'Mika Turku', []]],
    ],
    [
      "an unknown word that opens a person's name, which goes",
      [entityOf('person', 'Kessoa Marvin Otieno'), entityOf('location', 'Kessoa')],
      [['person', 'Kessoa Marvin Otieno', []]],
    ],
    [
      "an organization on weak evidence, named like a person's surname, which goes",
      [entityOf('person', 'Anton Kesselberg', 12), entityOf('organization', 'Kesselberg', 2)],
      [['person', 'Anton Kesselberg', []]],
    ],
    [
      "an organization on strong evidence, named like a person's surname, which stays",
      [entityOf('person', 'Anton Kesselberg', 12), entityOf('organization', 'Kesselberg', 5)],
      [
        ['person', 'Anton Kesselberg', []],
        ['organization', 'Kesselberg', []],
      ],
    ],
    [
      "an acronym that is a person's surname, which stays",
      [entityOf('person', 'Anton Tarv', 12), entityOf('organization', 'TARV', 2)],
      [
        ['person', 'Anton Tarv', []],
        ['organization', 'TARV', []],
      ],
    ],
  ])('%s', (_case, entities, expected) => {
    expect(summaryOf(mergeShortForms(entities))).toEqual(expected);
  });
});
