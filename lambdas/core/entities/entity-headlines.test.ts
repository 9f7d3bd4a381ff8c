import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from './entities.test-support.ts';
import { headlineSpans, isNamedOutside } from './entity-headlines.ts';

const BODY =
  '\n\nLEEDS -- Kessel Robotics opened a plant in Leeds on Monday, the company said in a statement.';

describe('headlineSpans', () => {
  it.each([
    ['a verb in the third person', 'Kessel Robotics Opens Plant in Leeds'],
    ['a verb and an amount', 'Brantwick Analytics Raises $12 Million to Expand Flood Forecasting'],
    ['a past participle', 'Orla Venn Named Chief Executive of Kessel Robotics'],
    ['a headline in capitals', 'KESSEL ROBOTICS OPENS PLANT IN LEEDS'],
  ])('finds a title-case headline with %s', (_name, headline) => {
    expect(headlineSpans(`${headline}${BODY}`).map((span) => span.text)).toEqual([headline]);
  });

  it.each([
    ['an issuer line', 'Press Release | Ministry of Health | Republic of Tarvel'],
    ['a headline in sentence case', 'Kessel Robotics opens plant in Leeds'],
    ['a name alone', 'Kessel Robotics Limited'],
    ['a release label', 'News Releases From Kessel Robotics'],
  ])('reads no headline in %s', (_name, line) => {
    expect(headlineSpans(`${line}${BODY}`)).toEqual([]);
  });

  it('reads no headline in the body', () => {
    expect(headlineSpans(`A headline${BODY}\n\nKessel Robotics Opens Plant in Leeds`)).toEqual([]);
  });
});

describe('isNamedOutside', () => {
  const text = `Kessel Robotics Opens Plant in Leeds${BODY}`;
  const spans = headlineSpans(text);

  it('finds a name written again in the text, in any case', () => {
    expect(isNamedOutside(text, 'Kessel Robotics', spans)).toBe(true);
    expect(isNamedOutside(text, 'LEEDS', spans)).toBe(true);
  });

  it('finds no run of headline words the text never writes', () => {
    expect(isNamedOutside(text, 'Robotics Opens Plant', spans)).toBe(false);
  });
});

describe('names in a title-case headline', () => {
  it('keeps the names the text writes again and drops the fragments of the capitals', () => {
    const entities = entitiesOf(
      'Brantwick Analytics Raises $12 Million to Expand Flood Forecasting\n\nAUSTIN, Texas -- Brantwick Analytics, a start-up that forecasts floods, has closed a round led by Tidemark Ventures.',
    );
    expect(namesOf(entities.people)).toEqual([]);
    expect(namesOf(entities.organizations)).toContain('Tidemark Ventures');
    expect(namesOf(entities.locations)).toEqual(['Austin', 'Texas']);
  });
});
