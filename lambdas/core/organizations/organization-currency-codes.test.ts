import { describe, expect, it } from 'vitest';
import { entitiesOf, namesOf } from '../entities/entities.test-support.ts';

describe('a currency code before an amount', () => {
  it.each([
    ['after a sponsor', 'The project was funded by the Kessu Trust with TVL 2.4 million.', 'TVL'],
    ['opening a sentence', 'ORV 40,000 went to the Kessu Trust for seeds.', 'ORV'],
  ])('is no organization %s: %s', (_phenomenon, text, code) => {
    expect(namesOf(entitiesOf(text).organizations)).not.toContain(code);
  });

  it('an acronym before a year stays a name: The KTA 2026 report was funded by the KTA.', () => {
    expect(namesOf(entitiesOf('The KTA 2026 report was funded by the KTA.').organizations)).toContain('KTA');
  });
});
