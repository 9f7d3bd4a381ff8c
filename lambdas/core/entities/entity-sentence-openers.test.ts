import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';

describe("a sentence's first word that opens a name written inside a sentence", () => {
  it('keeps a first word read as a verb when the text writes the name inside a sentence', () => {
    const text =
      'Volunteers from the charity Harbour Grins Foundation completed 90 operations. Harbour Grins said in a statement that a clinic would follow.';
    const [organization] = entitiesOf(text).organizations;
    expect(organization).toEqual({ name: 'Harbour Grins Foundation', aliases: ['Harbour Grins'] });
  });

  it.each([
    [
      'a verb before a name the text writes alone',
      'Visit Kessel Gardens this spring. The gardens open in May.',
      'Visit Kessel Gardens',
    ],
    [
      'a verb before a name written inside only after another word',
      'Harbour Tarvel Foods staff. Workers of the Acme Tarvel Foods plant met.',
      'Harbour Tarvel Foods',
    ],
  ])('leaves out %s: %s', (_phenomenon, text, name) => {
    const entities = entitiesOf(text);
    const names = [...namesOf(entities.organizations), ...namesOf(entities.locations)];
    expect(names).not.toContain(name);
  });
});

describe('a unit named at the start of a line', () => {
  it('reads "Press Office" as one unit, not a place "Office"', () => {
    const entities = entitiesOf('The ferry opens on Friday in Kessel.\n\nPress Office, City of Kessel');
    expect(namesOf(entities.locations)).not.toContain('Office');
  });

  it("leaves a publication's label alone", () => {
    const entities = entitiesOf(
      '*Club News | 3 May 2026*\n\nThe Tarvel Sailing Club held its regatta on Sunday.',
    );
    expect(namesOf(entities.organizations)).toEqual(['Tarvel Sailing Club']);
  });
});
