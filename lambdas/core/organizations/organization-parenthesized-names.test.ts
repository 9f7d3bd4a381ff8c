import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../entities/entities.test-support.ts';

describe("an organization's name in its own language, in parentheses", () => {
  it.each([
    [
      'a council',
      'The fair was run by Tarvel District Council (Comhairle Ceantar Tharbhail) and the Kessu Arts Trust.',
      { name: 'Tarvel District Council', aliases: ['Comhairle Ceantar Tharbhail'] },
    ],
    [
      'an office',
      "The Governor's Office of the Orvel Province (Urzad Wojewody Orvelskiego) hosted the talks.",
      { name: "Governor's Office of the Orvel Province", aliases: ['Urzad Wojewody Orvelskiego'] },
    ],
    [
      'an authority, with its acronym in that language',
      'The Tarvel Water Authority (Autoridad de Aguas de Tarvel, AAT) signed the deal. The AAT will pay.',
      { name: 'Tarvel Water Authority', aliases: ['Autoridad de Aguas de Tarvel', 'AAT'] },
    ],
    [
      'a company, with its name in another script and the short name it defines',
      'Kessa Denki Kogyo Co., Ltd. (ケッサ電気工業株式会社; head office: Orvo City; hereinafter "Kessa Denki") ' +
        'opened a plant. Kessa Denki will hire 40 engineers.',
      { name: 'Kessa Denki Kogyo Co., Ltd.', aliases: ['ケッサ電気工業株式会社', 'Kessa Denki'] },
    ],
  ])('is an alias of %s: %s', (_phenomenon, text, organization) => {
    expect(entitiesOf(text).organizations).toContainEqual(organization);
  });

  it('a list of places in parentheses names no alias', () => {
    const text = 'The Tarvel Water Authority (Orvo Valley, KV) signed the deal.';
    expect(entitiesOf(text).organizations).toContainEqual({ name: 'Tarvel Water Authority', aliases: [] });
  });

  it('another body with an English head in parentheses stays another organization', () => {
    const text = 'Grants came from the Kessu Arts Trust (Tarvel Heritage Foundation) in May.';
    const names = entitiesOf(text).organizations.map((organization) => organization.name);
    expect(names).toContain('Tarvel Heritage Foundation');
  });
});
