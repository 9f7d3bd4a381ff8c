import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';
import { spansOf } from './entity-spans.test-support.ts';

describe('joinQuotedNames: a body named in quotation marks after its head', () => {
  it.each([
    [
      'a legal form written out',
      'The staff of Limited Liability Company "Tarn Energo" repaired the line.',
      'Limited Liability Company "Tarn Energo"',
    ],
    [
      'a legal form written out, in angle quotes',
      'The plant is run by Open Joint Stock Company «Kessu Vodokanal», which bought it.',
      'Open Joint Stock Company «Kessu Vodokanal»',
    ],
    [
      'a school named after a person',
      'Pupils of the Orvel Secondary School "Ana Kessler" next sang.',
      'Orvel Secondary School "Ana Kessler"',
    ],
  ])('%s: %s', (_case, text, span) => {
    expect(spansOf(text)).toContain(span);
  });

  it.each([
    ['quoted words before a noun', 'The Tarvel Youth Club "Open Doors" project ran.', 'Tarvel Youth Club'],
    [
      'an event in quotation marks',
      'The Kessu Trade Union "Harvest Festival" drew crowds.',
      'Kessu Trade Union',
    ],
    ['a head alone', 'The Company "Orvo Mills" was sold.', 'Orvo Mills'],
    ['a quote after a name', 'The Tarvel Trust said: "Kessu Bridge works."', 'Tarvel Trust'],
  ])('leaves %s apart: %s', (_case, text, span) => {
    expect(spansOf(text)).toContain(span);
  });

  it('lists the company with its quoted name, the quotation marks included', () => {
    const text = 'The head of Closed Joint Stock Company "Mirel Grain", which runs the mill, spoke.';
    expect(namesOf(entitiesOf(text).organizations)).toEqual(['Closed Joint Stock Company "Mirel Grain"']);
  });
});
